import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_stories_status" AS ENUM('draft', 'submitted', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_stories_language" AS ENUM('en', 'es', 'fr', 'de', 'pt', 'ar', 'zh', 'hi', 'sw', 'other');
  CREATE TYPE "public"."enum_stories_discourse_sync_state" AS ENUM('none', 'pending', 'synced', 'failed', 'topic_deleted');
  CREATE TYPE "public"."enum__stories_v_version_status" AS ENUM('draft', 'submitted', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum__stories_v_version_language" AS ENUM('en', 'es', 'fr', 'de', 'pt', 'ar', 'zh', 'hi', 'sw', 'other');
  CREATE TYPE "public"."enum__stories_v_version_discourse_sync_state" AS ENUM('none', 'pending', 'synced', 'failed', 'topic_deleted');
  CREATE TYPE "public"."enum_events_publication" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_events_status" AS ENUM('scheduled', 'postponed', 'cancelled');
  CREATE TYPE "public"."enum_events_format" AS ENUM('in_person', 'online', 'hybrid');
  CREATE TYPE "public"."enum_events_discourse_sync_state" AS ENUM('none', 'pending', 'synced', 'failed', 'topic_deleted');
  CREATE TYPE "public"."enum__events_v_version_publication" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('scheduled', 'postponed', 'cancelled');
  CREATE TYPE "public"."enum__events_v_version_format" AS ENUM('in_person', 'online', 'hybrid');
  CREATE TYPE "public"."enum__events_v_version_discourse_sync_state" AS ENUM('none', 'pending', 'synced', 'failed', 'topic_deleted');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'contributor');
  CREATE TYPE "public"."enum_users_preferred_language" AS ENUM('en', 'es', 'fr', 'de', 'pt', 'ar', 'zh', 'hi', 'sw', 'other');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'syncDiscourseTopic', 'closeDiscourseTopic', 'refreshTopicActivity');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'syncDiscourseTopic', 'closeDiscourseTopic', 'refreshTopicActivity');
  CREATE TABLE "stories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"status" "enum_stories_status" DEFAULT 'draft' NOT NULL,
  	"scheduled_for" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"review_notes" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"cover_image_id" integer,
  	"author_names" varchar,
  	"category_id" integer,
  	"language" "enum_stories_language" DEFAULT 'en',
  	"template_id" integer,
  	"discourse_sync_state" "enum_stories_discourse_sync_state" DEFAULT 'none',
  	"discourse_topic_url" varchar,
  	"discourse_topic_id" numeric,
  	"discourse_topic_slug" varchar,
  	"discourse_first_post_id" numeric,
  	"discourse_external_id" varchar,
  	"discourse_reply_count" numeric DEFAULT 0,
  	"discourse_like_count" numeric DEFAULT 0,
  	"discourse_views" numeric DEFAULT 0,
  	"discourse_participants" numeric DEFAULT 0,
  	"discourse_last_activity_at" timestamp(3) with time zone,
  	"discourse_latest_replies" jsonb,
  	"discourse_last_synced_at" timestamp(3) with time zone,
  	"discourse_last_error" varchar,
  	"discourse_owed_version" numeric DEFAULT 0,
  	"discourse_synced_version" numeric DEFAULT 0,
  	"discourse_synced_hash" varchar,
  	"discourse_attempts" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "stories_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "stories_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_stories_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar NOT NULL,
  	"version_slug" varchar NOT NULL,
  	"version_status" "enum__stories_v_version_status" DEFAULT 'draft' NOT NULL,
  	"version_scheduled_for" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_review_notes" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_cover_image_id" integer,
  	"version_author_names" varchar,
  	"version_category_id" integer,
  	"version_language" "enum__stories_v_version_language" DEFAULT 'en',
  	"version_template_id" integer,
  	"version_discourse_sync_state" "enum__stories_v_version_discourse_sync_state" DEFAULT 'none',
  	"version_discourse_topic_url" varchar,
  	"version_discourse_topic_id" numeric,
  	"version_discourse_topic_slug" varchar,
  	"version_discourse_first_post_id" numeric,
  	"version_discourse_external_id" varchar,
  	"version_discourse_reply_count" numeric DEFAULT 0,
  	"version_discourse_like_count" numeric DEFAULT 0,
  	"version_discourse_views" numeric DEFAULT 0,
  	"version_discourse_participants" numeric DEFAULT 0,
  	"version_discourse_last_activity_at" timestamp(3) with time zone,
  	"version_discourse_latest_replies" jsonb,
  	"version_discourse_last_synced_at" timestamp(3) with time zone,
  	"version_discourse_last_error" varchar,
  	"version_discourse_owed_version" numeric DEFAULT 0,
  	"version_discourse_synced_version" numeric DEFAULT 0,
  	"version_discourse_synced_hash" varchar,
  	"version_discourse_attempts" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_stories_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_stories_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"publication" "enum_events_publication" DEFAULT 'draft' NOT NULL,
  	"status" "enum_events_status" DEFAULT 'scheduled' NOT NULL,
  	"description" jsonb,
  	"start" timestamp(3) with time zone NOT NULL,
  	"end" timestamp(3) with time zone NOT NULL,
  	"timezone" varchar DEFAULT 'UTC' NOT NULL,
  	"all_day" boolean DEFAULT false,
  	"recurrence" varchar,
  	"format" "enum_events_format" DEFAULT 'in_person' NOT NULL,
  	"venue" varchar,
  	"city" varchar,
  	"country" varchar,
  	"latitude" numeric,
  	"longitude" numeric,
  	"online_url" varchar,
  	"organizer" varchar,
  	"registration_url" varchar,
  	"created_by_id" integer,
  	"discourse_sync_state" "enum_events_discourse_sync_state" DEFAULT 'none',
  	"discourse_topic_url" varchar,
  	"discourse_topic_id" numeric,
  	"discourse_topic_slug" varchar,
  	"discourse_first_post_id" numeric,
  	"discourse_external_id" varchar,
  	"discourse_reply_count" numeric DEFAULT 0,
  	"discourse_like_count" numeric DEFAULT 0,
  	"discourse_views" numeric DEFAULT 0,
  	"discourse_participants" numeric DEFAULT 0,
  	"discourse_last_activity_at" timestamp(3) with time zone,
  	"discourse_latest_replies" jsonb,
  	"discourse_last_synced_at" timestamp(3) with time zone,
  	"discourse_last_error" varchar,
  	"discourse_owed_version" numeric DEFAULT 0,
  	"discourse_synced_version" numeric DEFAULT 0,
  	"discourse_synced_hash" varchar,
  	"discourse_attempts" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar NOT NULL,
  	"version_slug" varchar NOT NULL,
  	"version_publication" "enum__events_v_version_publication" DEFAULT 'draft' NOT NULL,
  	"version_status" "enum__events_v_version_status" DEFAULT 'scheduled' NOT NULL,
  	"version_description" jsonb,
  	"version_start" timestamp(3) with time zone NOT NULL,
  	"version_end" timestamp(3) with time zone NOT NULL,
  	"version_timezone" varchar DEFAULT 'UTC' NOT NULL,
  	"version_all_day" boolean DEFAULT false,
  	"version_recurrence" varchar,
  	"version_format" "enum__events_v_version_format" DEFAULT 'in_person' NOT NULL,
  	"version_venue" varchar,
  	"version_city" varchar,
  	"version_country" varchar,
  	"version_latitude" numeric,
  	"version_longitude" numeric,
  	"version_online_url" varchar,
  	"version_organizer" varchar,
  	"version_registration_url" varchar,
  	"version_created_by_id" integer,
  	"version_discourse_sync_state" "enum__events_v_version_discourse_sync_state" DEFAULT 'none',
  	"version_discourse_topic_url" varchar,
  	"version_discourse_topic_id" numeric,
  	"version_discourse_topic_slug" varchar,
  	"version_discourse_first_post_id" numeric,
  	"version_discourse_external_id" varchar,
  	"version_discourse_reply_count" numeric DEFAULT 0,
  	"version_discourse_like_count" numeric DEFAULT 0,
  	"version_discourse_views" numeric DEFAULT 0,
  	"version_discourse_participants" numeric DEFAULT 0,
  	"version_discourse_last_activity_at" timestamp(3) with time zone,
  	"version_discourse_latest_replies" jsonb,
  	"version_discourse_last_synced_at" timestamp(3) with time zone,
  	"version_discourse_last_error" varchar,
  	"version_discourse_owed_version" numeric DEFAULT 0,
  	"version_discourse_synced_version" numeric DEFAULT 0,
  	"version_discourse_synced_hash" varchar,
  	"version_discourse_attempts" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "editorial_templates_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar NOT NULL,
  	"prompt" varchar
  );
  
  CREATE TABLE "editorial_templates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"guidelines" jsonb,
  	"default_category_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"discourse_category_id" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"affiliation" varchar,
  	"preferred_language" "enum_users_preferred_language" DEFAULT 'en',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"concurrency_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"stories_id" integer,
  	"events_id" integer,
  	"editorial_templates_id" integer,
  	"categories_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "editorial_guidelines" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar DEFAULT 'Editorial guidelines' NOT NULL,
  	"content" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "code_of_conduct" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar DEFAULT 'Code of conduct' NOT NULL,
  	"content" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "stories" ADD CONSTRAINT "stories_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_template_id_editorial_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."editorial_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories_texts" ADD CONSTRAINT "stories_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_rels" ADD CONSTRAINT "stories_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_rels" ADD CONSTRAINT "stories_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_parent_id_stories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_category_id_categories_id_fk" FOREIGN KEY ("version_category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_template_id_editorial_templates_id_fk" FOREIGN KEY ("version_template_id") REFERENCES "public"."editorial_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v_texts" ADD CONSTRAINT "_stories_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_rels" ADD CONSTRAINT "_stories_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_rels" ADD CONSTRAINT "_stories_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "editorial_templates_sections" ADD CONSTRAINT "editorial_templates_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."editorial_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editorial_templates" ADD CONSTRAINT "editorial_templates_default_category_id_categories_id_fk" FOREIGN KEY ("default_category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stories_fk" FOREIGN KEY ("stories_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_editorial_templates_fk" FOREIGN KEY ("editorial_templates_id") REFERENCES "public"."editorial_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "stories_slug_idx" ON "stories" USING btree ("slug");
  CREATE INDEX "stories_status_idx" ON "stories" USING btree ("status");
  CREATE INDEX "stories_published_at_idx" ON "stories" USING btree ("published_at");
  CREATE INDEX "stories_cover_image_idx" ON "stories" USING btree ("cover_image_id");
  CREATE INDEX "stories_category_idx" ON "stories" USING btree ("category_id");
  CREATE INDEX "stories_template_idx" ON "stories" USING btree ("template_id");
  CREATE INDEX "stories_discourse_discourse_sync_state_idx" ON "stories" USING btree ("discourse_sync_state");
  CREATE INDEX "stories_discourse_discourse_topic_id_idx" ON "stories" USING btree ("discourse_topic_id");
  CREATE INDEX "stories_discourse_discourse_external_id_idx" ON "stories" USING btree ("discourse_external_id");
  CREATE INDEX "stories_discourse_discourse_owed_version_idx" ON "stories" USING btree ("discourse_owed_version");
  CREATE INDEX "stories_updated_at_idx" ON "stories" USING btree ("updated_at");
  CREATE INDEX "stories_created_at_idx" ON "stories" USING btree ("created_at");
  CREATE INDEX "status_publishedAt_idx" ON "stories" USING btree ("status","published_at");
  CREATE INDEX "stories_texts_order_parent" ON "stories_texts" USING btree ("order","parent_id");
  CREATE INDEX "stories_rels_order_idx" ON "stories_rels" USING btree ("order");
  CREATE INDEX "stories_rels_parent_idx" ON "stories_rels" USING btree ("parent_id");
  CREATE INDEX "stories_rels_path_idx" ON "stories_rels" USING btree ("path");
  CREATE INDEX "stories_rels_users_id_idx" ON "stories_rels" USING btree ("users_id");
  CREATE INDEX "_stories_v_parent_idx" ON "_stories_v" USING btree ("parent_id");
  CREATE INDEX "_stories_v_version_version_slug_idx" ON "_stories_v" USING btree ("version_slug");
  CREATE INDEX "_stories_v_version_version_status_idx" ON "_stories_v" USING btree ("version_status");
  CREATE INDEX "_stories_v_version_version_published_at_idx" ON "_stories_v" USING btree ("version_published_at");
  CREATE INDEX "_stories_v_version_version_cover_image_idx" ON "_stories_v" USING btree ("version_cover_image_id");
  CREATE INDEX "_stories_v_version_version_category_idx" ON "_stories_v" USING btree ("version_category_id");
  CREATE INDEX "_stories_v_version_version_template_idx" ON "_stories_v" USING btree ("version_template_id");
  CREATE INDEX "_stories_v_version_discourse_version_discourse_sync_stat_idx" ON "_stories_v" USING btree ("version_discourse_sync_state");
  CREATE INDEX "_stories_v_version_discourse_version_discourse_topic_id_idx" ON "_stories_v" USING btree ("version_discourse_topic_id");
  CREATE INDEX "_stories_v_version_discourse_version_discourse_external__idx" ON "_stories_v" USING btree ("version_discourse_external_id");
  CREATE INDEX "_stories_v_version_discourse_version_discourse_owed_vers_idx" ON "_stories_v" USING btree ("version_discourse_owed_version");
  CREATE INDEX "_stories_v_version_version_updated_at_idx" ON "_stories_v" USING btree ("version_updated_at");
  CREATE INDEX "_stories_v_version_version_created_at_idx" ON "_stories_v" USING btree ("version_created_at");
  CREATE INDEX "_stories_v_created_at_idx" ON "_stories_v" USING btree ("created_at");
  CREATE INDEX "_stories_v_updated_at_idx" ON "_stories_v" USING btree ("updated_at");
  CREATE INDEX "version_status_version_publishedAt_idx" ON "_stories_v" USING btree ("version_status","version_published_at");
  CREATE INDEX "_stories_v_texts_order_parent" ON "_stories_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_stories_v_rels_order_idx" ON "_stories_v_rels" USING btree ("order");
  CREATE INDEX "_stories_v_rels_parent_idx" ON "_stories_v_rels" USING btree ("parent_id");
  CREATE INDEX "_stories_v_rels_path_idx" ON "_stories_v_rels" USING btree ("path");
  CREATE INDEX "_stories_v_rels_users_id_idx" ON "_stories_v_rels" USING btree ("users_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_start_idx" ON "events" USING btree ("start");
  CREATE INDEX "events_country_idx" ON "events" USING btree ("country");
  CREATE INDEX "events_created_by_idx" ON "events" USING btree ("created_by_id");
  CREATE INDEX "events_discourse_discourse_sync_state_idx" ON "events" USING btree ("discourse_sync_state");
  CREATE INDEX "events_discourse_discourse_topic_id_idx" ON "events" USING btree ("discourse_topic_id");
  CREATE INDEX "events_discourse_discourse_external_id_idx" ON "events" USING btree ("discourse_external_id");
  CREATE INDEX "events_discourse_discourse_owed_version_idx" ON "events" USING btree ("discourse_owed_version");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "publication_start_idx" ON "events" USING btree ("publication","start");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_start_idx" ON "_events_v" USING btree ("version_start");
  CREATE INDEX "_events_v_version_version_country_idx" ON "_events_v" USING btree ("version_country");
  CREATE INDEX "_events_v_version_version_created_by_idx" ON "_events_v" USING btree ("version_created_by_id");
  CREATE INDEX "_events_v_version_discourse_version_discourse_sync_state_idx" ON "_events_v" USING btree ("version_discourse_sync_state");
  CREATE INDEX "_events_v_version_discourse_version_discourse_topic_id_idx" ON "_events_v" USING btree ("version_discourse_topic_id");
  CREATE INDEX "_events_v_version_discourse_version_discourse_external_i_idx" ON "_events_v" USING btree ("version_discourse_external_id");
  CREATE INDEX "_events_v_version_discourse_version_discourse_owed_versi_idx" ON "_events_v" USING btree ("version_discourse_owed_version");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "version_publication_version_start_idx" ON "_events_v" USING btree ("version_publication","version_start");
  CREATE INDEX "editorial_templates_sections_order_idx" ON "editorial_templates_sections" USING btree ("_order");
  CREATE INDEX "editorial_templates_sections_parent_id_idx" ON "editorial_templates_sections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "editorial_templates_name_idx" ON "editorial_templates" USING btree ("name");
  CREATE INDEX "editorial_templates_default_category_idx" ON "editorial_templates" USING btree ("default_category_id");
  CREATE INDEX "editorial_templates_updated_at_idx" ON "editorial_templates" USING btree ("updated_at");
  CREATE INDEX "editorial_templates_created_at_idx" ON "editorial_templates" USING btree ("created_at");
  CREATE UNIQUE INDEX "categories_slug_idx" ON "categories" USING btree ("slug");
  CREATE INDEX "categories_updated_at_idx" ON "categories" USING btree ("updated_at");
  CREATE INDEX "categories_created_at_idx" ON "categories" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_concurrency_key_idx" ON "payload_jobs" USING btree ("concurrency_key");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_stories_id_idx" ON "payload_locked_documents_rels" USING btree ("stories_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_editorial_templates_id_idx" ON "payload_locked_documents_rels" USING btree ("editorial_templates_id");
  CREATE INDEX "payload_locked_documents_rels_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("categories_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "stories" CASCADE;
  DROP TABLE "stories_texts" CASCADE;
  DROP TABLE "stories_rels" CASCADE;
  DROP TABLE "_stories_v" CASCADE;
  DROP TABLE "_stories_v_texts" CASCADE;
  DROP TABLE "_stories_v_rels" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "editorial_templates_sections" CASCADE;
  DROP TABLE "editorial_templates" CASCADE;
  DROP TABLE "categories" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "editorial_guidelines" CASCADE;
  DROP TABLE "code_of_conduct" CASCADE;
  DROP TYPE "public"."enum_stories_status";
  DROP TYPE "public"."enum_stories_language";
  DROP TYPE "public"."enum_stories_discourse_sync_state";
  DROP TYPE "public"."enum__stories_v_version_status";
  DROP TYPE "public"."enum__stories_v_version_language";
  DROP TYPE "public"."enum__stories_v_version_discourse_sync_state";
  DROP TYPE "public"."enum_events_publication";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum_events_format";
  DROP TYPE "public"."enum_events_discourse_sync_state";
  DROP TYPE "public"."enum__events_v_version_publication";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum__events_v_version_format";
  DROP TYPE "public"."enum__events_v_version_discourse_sync_state";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_users_preferred_language";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
