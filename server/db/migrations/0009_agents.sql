CREATE TABLE "agent_group_members" (
	"group_id" text NOT NULL,
	"agent_id" text NOT NULL,
	"account_id" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "agent_group_members_group_id_agent_id_pk" PRIMARY KEY("group_id","agent_id")
);
--> statement-breakpoint
CREATE TABLE "agent_groups" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"name" text NOT NULL,
	"strategy" text DEFAULT 'longest_idle' NOT NULL,
	"required_skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"wrap_up_seconds" integer DEFAULT 30 NOT NULL,
	"ring_timeout_seconds" integer DEFAULT 20 NOT NULL,
	"misses_before_break" integer DEFAULT 3 NOT NULL,
	"max_wait_seconds" integer DEFAULT 300 NOT NULL,
	"hold_audio_url" text,
	"hold_message" text,
	"announce_position" boolean DEFAULT true NOT NULL,
	"timeout_action" text DEFAULT 'hangup' NOT NULL,
	"timeout_number" text,
	"timeout_message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agent_queue_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"call_id" text NOT NULL,
	"group_id" text NOT NULL,
	"extra_skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" text DEFAULT 'waiting' NOT NULL,
	"enqueued_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"position" integer
);
--> statement-breakpoint
CREATE TABLE "agents" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"destination" text NOT NULL,
	"skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'offline' NOT NULL,
	"max_concurrent" integer DEFAULT 1 NOT NULL,
	"live" integer DEFAULT 0 NOT NULL,
	"missed_in_a_row" integer DEFAULT 0 NOT NULL,
	"wrap_up_until" timestamp with time zone,
	"last_offered_at" timestamp with time zone,
	"last_call_ended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agents_live_not_negative" CHECK ("agents"."live" >= 0)
);
--> statement-breakpoint
CREATE TABLE "campaign_agent_group_routes" (
	"campaign_id" text NOT NULL,
	"agent_group_id" text NOT NULL,
	"account_id" text NOT NULL,
	"priority" integer NOT NULL,
	"weight" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "campaign_agent_group_routes_campaign_id_agent_group_id_pk" PRIMARY KEY("campaign_id","agent_group_id")
);
--> statement-breakpoint
ALTER TABLE "call_attempts" ADD COLUMN "agent_id" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "agent_id" text;--> statement-breakpoint
ALTER TABLE "agent_group_members" ADD CONSTRAINT "agent_group_members_group_id_agent_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."agent_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_group_members" ADD CONSTRAINT "agent_group_members_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_group_members" ADD CONSTRAINT "agent_group_members_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_groups" ADD CONSTRAINT "agent_groups_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_queue_entries" ADD CONSTRAINT "agent_queue_entries_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_queue_entries" ADD CONSTRAINT "agent_queue_entries_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_queue_entries" ADD CONSTRAINT "agent_queue_entries_group_id_agent_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."agent_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agents" ADD CONSTRAINT "agents_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_agent_group_routes" ADD CONSTRAINT "campaign_agent_group_routes_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_agent_group_routes" ADD CONSTRAINT "campaign_agent_group_routes_agent_group_id_agent_groups_id_fk" FOREIGN KEY ("agent_group_id") REFERENCES "public"."agent_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_agent_group_routes" ADD CONSTRAINT "campaign_agent_group_routes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agent_group_members_agent_idx" ON "agent_group_members" USING btree ("agent_id");--> statement-breakpoint
CREATE INDEX "agent_groups_account_idx" ON "agent_groups" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agent_queue_entries_call_unique" ON "agent_queue_entries" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "agent_queue_entries_group_idx" ON "agent_queue_entries" USING btree ("group_id","enqueued_at");--> statement-breakpoint
CREATE INDEX "agent_queue_entries_account_idx" ON "agent_queue_entries" USING btree ("account_id","enqueued_at");--> statement-breakpoint
CREATE INDEX "agents_account_idx" ON "agents" USING btree ("account_id");--> statement-breakpoint
ALTER TABLE "call_attempts" ADD CONSTRAINT "call_attempts_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "call_attempts_agent_idx" ON "call_attempts" USING btree ("agent_id","started_at");