CREATE TABLE "campaign_inbound_rtb" (
	"campaign_id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"caller_id_required" boolean DEFAULT false NOT NULL,
	"rate_limit_max" integer,
	"rate_limit_seconds" integer DEFAULT 60 NOT NULL,
	"window_start" integer DEFAULT 0 NOT NULL,
	"window_count" integer DEFAULT 0 NOT NULL,
	"bid_expire_seconds" integer DEFAULT 60 NOT NULL,
	"stale_bid" text DEFAULT 'route_no_pay' NOT NULL,
	"max_bid_cents" integer,
	"bid_adjustments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"tag_filters" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbound_pings" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"campaign_id" text NOT NULL,
	"publisher_id" text,
	"caller_masked" text,
	"caller_hash" text,
	"tags" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"accepted" boolean NOT NULL,
	"bid_amount_cents" integer DEFAULT 0 NOT NULL,
	"reject_reason" text,
	"error_code" integer,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"target_id" text,
	"router_id" text,
	"phone_number" text,
	"expires_at" timestamp with time zone,
	"repeat_of_id" text,
	"call_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payout_rule_usage" (
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
CREATE TABLE "publisher_payout_rules" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"publisher_id" text NOT NULL,
	"campaign_id" text NOT NULL,
	"payout_cents" integer DEFAULT 0 NOT NULL,
	"trigger" text DEFAULT 'converted' NOT NULL,
	"min_duration_seconds" integer DEFAULT 0 NOT NULL,
	"revenue_share_percent" integer,
	"cap_daily" integer,
	"cap_monthly" integer,
	"cap_total" integer,
	"duplicate_rule" text DEFAULT 'pay_all' NOT NULL,
	"duplicate_seconds" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "payout_state" text;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "payout_note" text;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "inbound_ping_id" text;--> statement-breakpoint
ALTER TABLE "pools" ADD COLUMN "publisher_id" text;--> statement-breakpoint
ALTER TABLE "publishers" ADD COLUMN "rtb_key" text;--> statement-breakpoint
ALTER TABLE "tracking_numbers" ADD COLUMN "publisher_id" text;--> statement-breakpoint
ALTER TABLE "tracking_tags" ADD COLUMN "publisher_id" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "publisher_id" text;--> statement-breakpoint
ALTER TABLE "campaign_inbound_rtb" ADD CONSTRAINT "campaign_inbound_rtb_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_inbound_rtb" ADD CONSTRAINT "campaign_inbound_rtb_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_pings" ADD CONSTRAINT "inbound_pings_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_pings" ADD CONSTRAINT "inbound_pings_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_pings" ADD CONSTRAINT "inbound_pings_publisher_id_publishers_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "public"."publishers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_pings" ADD CONSTRAINT "inbound_pings_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_pings" ADD CONSTRAINT "inbound_pings_router_id_rtb_routers_id_fk" FOREIGN KEY ("router_id") REFERENCES "public"."rtb_routers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_rule_usage" ADD CONSTRAINT "payout_rule_usage_target_id_publisher_payout_rules_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."publisher_payout_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publisher_payout_rules" ADD CONSTRAINT "publisher_payout_rules_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publisher_payout_rules" ADD CONSTRAINT "publisher_payout_rules_publisher_id_publishers_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "public"."publishers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publisher_payout_rules" ADD CONSTRAINT "publisher_payout_rules_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inbound_pings_caller_idx" ON "inbound_pings" USING btree ("campaign_id","caller_hash","created_at");--> statement-breakpoint
CREATE INDEX "inbound_pings_account_created_idx" ON "inbound_pings" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "publisher_payout_rules_pair_unique" ON "publisher_payout_rules" USING btree ("publisher_id","campaign_id");--> statement-breakpoint
CREATE INDEX "publisher_payout_rules_account_idx" ON "publisher_payout_rules" USING btree ("account_id");--> statement-breakpoint
ALTER TABLE "pools" ADD CONSTRAINT "pools_publisher_id_publishers_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "public"."publishers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracking_numbers" ADD CONSTRAINT "tracking_numbers_publisher_id_publishers_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "public"."publishers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracking_tags" ADD CONSTRAINT "tracking_tags_publisher_id_publishers_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "public"."publishers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_publisher_id_publishers_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "public"."publishers"("id") ON DELETE cascade ON UPDATE no action;