CREATE TABLE "rtb_router_targets" (
	"router_id" text NOT NULL,
	"rtb_target_id" text NOT NULL,
	"account_id" text NOT NULL,
	"priority" integer NOT NULL,
	"weight" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "rtb_router_targets_router_id_rtb_target_id_pk" PRIMARY KEY("router_id","rtb_target_id")
);
--> statement-breakpoint
CREATE TABLE "rtb_routers" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"name" text NOT NULL,
	"reserve_cents" integer DEFAULT 0 NOT NULL,
	"auction_timeout_ms" integer DEFAULT 1500 NOT NULL,
	"require_caller_id" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rtb_targets" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"buyer_id" text,
	"name" text NOT NULL,
	"endpoint_url" text NOT NULL,
	"method" text DEFAULT 'POST' NOT NULL,
	"content_type" text DEFAULT 'application/json' NOT NULL,
	"headers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"request_template" text DEFAULT '' NOT NULL,
	"response_mapping" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"timeout_ms" integer DEFAULT 1500 NOT NULL,
	"min_bid_cents" integer DEFAULT 0 NOT NULL,
	"max_bid_cents" integer,
	"currency" text DEFAULT 'USD' NOT NULL,
	"caps" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"rate_limits" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"auth_type" text DEFAULT 'none' NOT NULL,
	"auth_header_name" text,
	"auth_secret_sealed" text,
	"caller_id_policy" text DEFAULT 'passthrough' NOT NULL,
	"caller_id_number" text,
	"force_e164" boolean DEFAULT false NOT NULL,
	"sip_headers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"dtmf_on_answer" text,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "rtb_id" text;--> statement-breakpoint
UPDATE "campaigns" SET "rtb_id" = md5(random()::text || clock_timestamp()::text || "id") WHERE "rtb_id" IS NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "rtb_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "rtb_router_targets" ADD CONSTRAINT "rtb_router_targets_router_id_rtb_routers_id_fk" FOREIGN KEY ("router_id") REFERENCES "public"."rtb_routers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rtb_router_targets" ADD CONSTRAINT "rtb_router_targets_rtb_target_id_rtb_targets_id_fk" FOREIGN KEY ("rtb_target_id") REFERENCES "public"."rtb_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rtb_router_targets" ADD CONSTRAINT "rtb_router_targets_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rtb_routers" ADD CONSTRAINT "rtb_routers_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rtb_targets" ADD CONSTRAINT "rtb_targets_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rtb_targets" ADD CONSTRAINT "rtb_targets_buyer_id_buyers_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."buyers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rtb_router_targets_target_idx" ON "rtb_router_targets" USING btree ("rtb_target_id");--> statement-breakpoint
CREATE INDEX "rtb_routers_account_idx" ON "rtb_routers" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "rtb_targets_account_idx" ON "rtb_targets" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "campaigns_rtb_id_unique" ON "campaigns" USING btree ("rtb_id");