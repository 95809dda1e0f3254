CREATE TABLE "call_stats_dirty" (
	"account_id" text NOT NULL,
	"bucket_start" timestamp with time zone NOT NULL,
	CONSTRAINT "call_stats_dirty_account_id_bucket_start_pk" PRIMARY KEY("account_id","bucket_start")
);
--> statement-breakpoint
CREATE TABLE "call_stats_hourly" (
	"account_id" text NOT NULL,
	"dimension" text NOT NULL,
	"bucket_start" timestamp with time zone NOT NULL,
	"dimension_value" text NOT NULL,
	"calls" integer DEFAULT 0 NOT NULL,
	"answered" integer DEFAULT 0 NOT NULL,
	"converted" integer DEFAULT 0 NOT NULL,
	"revenue_cents" bigint DEFAULT 0 NOT NULL,
	"payout_cents" bigint DEFAULT 0 NOT NULL,
	"duration_seconds" bigint DEFAULT 0 NOT NULL,
	"duration_calls" integer DEFAULT 0 NOT NULL,
	"auctions" integer DEFAULT 0 NOT NULL,
	"bids" integer DEFAULT 0 NOT NULL,
	"wins" integer DEFAULT 0 NOT NULL,
	"bid_cents" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "call_stats_hourly_account_id_dimension_bucket_start_dimension_value_pk" PRIMARY KEY("account_id","dimension","bucket_start","dimension_value")
);
--> statement-breakpoint
CREATE TABLE "saved_report_views" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"params" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "call_stats_dirty" ADD CONSTRAINT "call_stats_dirty_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_stats_hourly" ADD CONSTRAINT "call_stats_hourly_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_report_views" ADD CONSTRAINT "saved_report_views_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_report_views" ADD CONSTRAINT "saved_report_views_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "saved_report_views_user_idx" ON "saved_report_views" USING btree ("account_id","user_id");--> statement-breakpoint
-- Calls recorded before reports existed: mark their hours stale so the first refresh builds their rollups.
INSERT INTO "call_stats_dirty" ("account_id", "bucket_start") SELECT DISTINCT "account_id", (date_trunc('hour', "started_at" at time zone 'UTC') at time zone 'UTC') FROM "calls" ON CONFLICT DO NOTHING;
