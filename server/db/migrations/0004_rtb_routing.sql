CREATE TABLE "campaign_rtb_routes" (
	"campaign_id" text NOT NULL,
	"rtb_router_id" text NOT NULL,
	"account_id" text NOT NULL,
	"priority" integer NOT NULL,
	"weight" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "campaign_rtb_routes_campaign_id_rtb_router_id_pk" PRIMARY KEY("campaign_id","rtb_router_id")
);
--> statement-breakpoint
CREATE TABLE "rtb_bid_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"call_id" text,
	"router_id" text,
	"rtb_target_id" text,
	"request" jsonb NOT NULL,
	"sent" boolean NOT NULL,
	"latency_ms" integer,
	"http_status" integer,
	"response_excerpt" text,
	"amount_cents" integer,
	"destination" text,
	"sip_address" text,
	"valid" boolean NOT NULL,
	"reason" text,
	"message" text,
	"rank" integer,
	"expires_at" timestamp with time zone,
	"duration_seconds" integer,
	"dialed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rtb_target_usage" (
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
ALTER TABLE "call_attempts" ALTER COLUMN "target_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "call_attempts" ADD COLUMN "rtb_target_id" text;--> statement-breakpoint
ALTER TABLE "call_attempts" ADD COLUMN "bid_request_id" text;--> statement-breakpoint
ALTER TABLE "call_attempts" ADD COLUMN "revenue_cents" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "call_attempts" ADD COLUMN "conversion_seconds" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "campaign_rtb_routes" ADD CONSTRAINT "campaign_rtb_routes_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_rtb_routes" ADD CONSTRAINT "campaign_rtb_routes_rtb_router_id_rtb_routers_id_fk" FOREIGN KEY ("rtb_router_id") REFERENCES "public"."rtb_routers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_rtb_routes" ADD CONSTRAINT "campaign_rtb_routes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rtb_bid_requests" ADD CONSTRAINT "rtb_bid_requests_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rtb_bid_requests" ADD CONSTRAINT "rtb_bid_requests_router_id_rtb_routers_id_fk" FOREIGN KEY ("router_id") REFERENCES "public"."rtb_routers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rtb_bid_requests" ADD CONSTRAINT "rtb_bid_requests_rtb_target_id_rtb_targets_id_fk" FOREIGN KEY ("rtb_target_id") REFERENCES "public"."rtb_targets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rtb_target_usage" ADD CONSTRAINT "rtb_target_usage_target_id_rtb_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."rtb_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rtb_bid_requests_account_created_idx" ON "rtb_bid_requests" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "rtb_bid_requests_call_idx" ON "rtb_bid_requests" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "rtb_bid_requests_target_created_idx" ON "rtb_bid_requests" USING btree ("rtb_target_id","created_at");--> statement-breakpoint
ALTER TABLE "call_attempts" ADD CONSTRAINT "call_attempts_rtb_target_id_rtb_targets_id_fk" FOREIGN KEY ("rtb_target_id") REFERENCES "public"."rtb_targets"("id") ON DELETE set null ON UPDATE no action;