CREATE TABLE "publishers" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"name" text NOT NULL,
	"company" text,
	"email" text,
	"status" text DEFAULT 'active' NOT NULL,
	"default_payout_cents" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "publisher_id" text;--> statement-breakpoint
ALTER TABLE "publishers" ADD CONSTRAINT "publishers_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "publishers_account_idx" ON "publishers" USING btree ("account_id");--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_publisher_id_publishers_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "public"."publishers"("id") ON DELETE set null ON UPDATE no action;