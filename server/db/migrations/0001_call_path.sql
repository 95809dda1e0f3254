CREATE TABLE "buyers" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"name" text NOT NULL,
	"company" text,
	"email" text,
	"phone" text,
	"status" text DEFAULT 'active' NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_attempts" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"call_id" text NOT NULL,
	"target_id" text NOT NULL,
	"attempt" integer NOT NULL,
	"destination" text NOT NULL,
	"dial_call_sid" text,
	"status" text DEFAULT 'ringing' NOT NULL,
	"live" boolean DEFAULT true NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"connected_seconds" integer
);
--> statement-breakpoint
CREATE TABLE "calls" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"call_sid" text NOT NULL,
	"campaign_id" text,
	"number_id" text,
	"target_id" text,
	"buyer_id" text,
	"from_number" text NOT NULL,
	"to_number" text NOT NULL,
	"from_city" text,
	"from_state" text,
	"from_zip" text,
	"status" text DEFAULT 'ringing' NOT NULL,
	"outcome" text,
	"is_duplicate" boolean DEFAULT false NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"duration_seconds" integer,
	"connected_seconds" integer,
	"converted" boolean DEFAULT false NOT NULL,
	"revenue_cents" integer DEFAULT 0 NOT NULL,
	"payout_cents" integer DEFAULT 0 NOT NULL,
	"recording_url" text,
	"recording_sid" text,
	"recording_duration_seconds" integer,
	"trace" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"twiml" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "target_usage" (
	"target_id" text PRIMARY KEY NOT NULL,
	"live" integer DEFAULT 0 NOT NULL,
	"hour_bucket" text,
	"hour_count" integer DEFAULT 0 NOT NULL,
	"day_bucket" text,
	"day_count" integer DEFAULT 0 NOT NULL,
	"month_bucket" text,
	"month_count" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_routes" (
	"campaign_id" text NOT NULL,
	"target_id" text NOT NULL,
	"account_id" text NOT NULL,
	"priority" integer NOT NULL,
	"weight" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "campaign_routes_campaign_id_target_id_pk" PRIMARY KEY("campaign_id","target_id")
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"vertical" text,
	"timezone" text DEFAULT 'America/New_York' NOT NULL,
	"routing_strategy" text DEFAULT 'weighted' NOT NULL,
	"fallback_number" text,
	"fallback_message" text,
	"record" boolean DEFAULT false NOT NULL,
	"duplicate_window_hours" integer DEFAULT 0 NOT NULL,
	"duplicate_action" text DEFAULT 'route_normally' NOT NULL,
	"payout_cents" integer DEFAULT 0 NOT NULL,
	"default_caller_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"buyer_id" text NOT NULL,
	"name" text NOT NULL,
	"destination" text NOT NULL,
	"sip_headers" jsonb,
	"status" text DEFAULT 'active' NOT NULL,
	"timezone" text DEFAULT 'America/New_York' NOT NULL,
	"schedule" jsonb,
	"caps" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"cap_counts" text DEFAULT 'routed' NOT NULL,
	"revenue_cents" integer DEFAULT 0 NOT NULL,
	"conversion_seconds" integer DEFAULT 60 NOT NULL,
	"dial_timeout_seconds" integer DEFAULT 30 NOT NULL,
	"caller_id_policy" text DEFAULT 'passthrough' NOT NULL,
	"caller_id_number" text,
	"criteria" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tracking_numbers" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"phone_number" text NOT NULL,
	"name" text,
	"campaign_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "buyers" ADD CONSTRAINT "buyers_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_attempts" ADD CONSTRAINT "call_attempts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_attempts" ADD CONSTRAINT "call_attempts_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_attempts" ADD CONSTRAINT "call_attempts_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_number_id_tracking_numbers_id_fk" FOREIGN KEY ("number_id") REFERENCES "public"."tracking_numbers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_buyer_id_buyers_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."buyers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_usage" ADD CONSTRAINT "target_usage_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_routes" ADD CONSTRAINT "campaign_routes_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_routes" ADD CONSTRAINT "campaign_routes_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_routes" ADD CONSTRAINT "campaign_routes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_buyer_id_buyers_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."buyers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracking_numbers" ADD CONSTRAINT "tracking_numbers_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracking_numbers" ADD CONSTRAINT "tracking_numbers_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "buyers_account_idx" ON "buyers" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "call_attempts_call_attempt_unique" ON "call_attempts" USING btree ("call_id","attempt");--> statement-breakpoint
CREATE INDEX "call_attempts_live_idx" ON "call_attempts" USING btree ("started_at") WHERE "call_attempts"."live";--> statement-breakpoint
CREATE UNIQUE INDEX "calls_call_sid_unique" ON "calls" USING btree ("call_sid");--> statement-breakpoint
CREATE INDEX "calls_account_started_idx" ON "calls" USING btree ("account_id","started_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "calls_campaign_caller_idx" ON "calls" USING btree ("campaign_id","from_number","started_at");--> statement-breakpoint
CREATE INDEX "campaign_routes_target_idx" ON "campaign_routes" USING btree ("target_id");--> statement-breakpoint
CREATE INDEX "campaigns_account_idx" ON "campaigns" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "targets_account_idx" ON "targets" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "targets_buyer_idx" ON "targets" USING btree ("buyer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tracking_numbers_phone_unique" ON "tracking_numbers" USING btree ("phone_number");--> statement-breakpoint
CREATE INDEX "tracking_numbers_account_idx" ON "tracking_numbers" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "tracking_numbers_campaign_idx" ON "tracking_numbers" USING btree ("campaign_id");