CREATE TABLE "board_models" (
	"board_id" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"model" jsonb NOT NULL,
	"derived_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "board_models" ADD CONSTRAINT "board_models_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;