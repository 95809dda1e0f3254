CREATE TABLE "dni_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"tag_id" text NOT NULL,
	"pool_id" text NOT NULL,
	"number_id" text,
	"collision" boolean DEFAULT false NOT NULL,
	"landing_page" text,
	"referrer" text,
	"utm_source" text,
	"utm_medium" text,
	"utm_campaign" text,
	"utm_term" text,
	"utm_content" text,
	"click_ids" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"geo" jsonb,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pools" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"name" text NOT NULL,
	"campaign_id" text,
	"session_ttl_minutes" integer DEFAULT 30 NOT NULL,
	"on_exhausted" text DEFAULT 'reuse_oldest' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tracking_tags" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"pool_id" text NOT NULL,
	"default_number" text NOT NULL,
	"selector" text,
	"number_format" text DEFAULT '(###) ###-####' NOT NULL,
	"click_id_params" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "dni_session_id" text;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "utm_source" text;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "utm_medium" text;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "utm_campaign" text;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "utm_term" text;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "utm_content" text;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "click_ids" jsonb;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "landing_page" text;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "referrer" text;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "visitor_geo" jsonb;--> statement-breakpoint
ALTER TABLE "tracking_numbers" ADD COLUMN "pool_id" text;--> statement-breakpoint
ALTER TABLE "tracking_numbers" ADD COLUMN "provider" text;--> statement-breakpoint
ALTER TABLE "tracking_numbers" ADD COLUMN "provider_sid" text;--> statement-breakpoint
ALTER TABLE "dni_sessions" ADD CONSTRAINT "dni_sessions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dni_sessions" ADD CONSTRAINT "dni_sessions_tag_id_tracking_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."tracking_tags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dni_sessions" ADD CONSTRAINT "dni_sessions_pool_id_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."pools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dni_sessions" ADD CONSTRAINT "dni_sessions_number_id_tracking_numbers_id_fk" FOREIGN KEY ("number_id") REFERENCES "public"."tracking_numbers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pools" ADD CONSTRAINT "pools_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pools" ADD CONSTRAINT "pools_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracking_tags" ADD CONSTRAINT "tracking_tags_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracking_tags" ADD CONSTRAINT "tracking_tags_pool_id_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."pools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dni_sessions_number_seen_idx" ON "dni_sessions" USING btree ("number_id","last_seen_at");--> statement-breakpoint
CREATE INDEX "dni_sessions_pool_expires_idx" ON "dni_sessions" USING btree ("pool_id","expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "pools_account_name_unique" ON "pools" USING btree ("account_id","name");--> statement-breakpoint
CREATE INDEX "pools_campaign_idx" ON "pools" USING btree ("campaign_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tracking_tags_code_unique" ON "tracking_tags" USING btree ("code");--> statement-breakpoint
CREATE INDEX "tracking_tags_account_idx" ON "tracking_tags" USING btree ("account_id");--> statement-breakpoint
ALTER TABLE "tracking_numbers" ADD CONSTRAINT "tracking_numbers_pool_id_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."pools"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tracking_numbers_pool_idx" ON "tracking_numbers" USING btree ("pool_id");--> statement-breakpoint
ALTER TABLE "tracking_numbers" ADD CONSTRAINT "tracking_numbers_pool_or_campaign" CHECK ("tracking_numbers"."pool_id" is null or "tracking_numbers"."campaign_id" is null);