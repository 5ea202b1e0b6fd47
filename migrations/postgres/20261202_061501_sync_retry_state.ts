import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "stories" ADD COLUMN "discourse_tries" numeric DEFAULT 0;
  ALTER TABLE "stories" ADD COLUMN "discourse_next_attempt_at" timestamp(3) with time zone;
  ALTER TABLE "stories" ADD COLUMN "discourse_forum_title" varchar;
  ALTER TABLE "_stories_v" ADD COLUMN "version_discourse_tries" numeric DEFAULT 0;
  ALTER TABLE "_stories_v" ADD COLUMN "version_discourse_next_attempt_at" timestamp(3) with time zone;
  ALTER TABLE "_stories_v" ADD COLUMN "version_discourse_forum_title" varchar;
  ALTER TABLE "events" ADD COLUMN "discourse_tries" numeric DEFAULT 0;
  ALTER TABLE "events" ADD COLUMN "discourse_next_attempt_at" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "discourse_forum_title" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_discourse_tries" numeric DEFAULT 0;
  ALTER TABLE "_events_v" ADD COLUMN "version_discourse_next_attempt_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_discourse_forum_title" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "stories" DROP COLUMN "discourse_tries";
  ALTER TABLE "stories" DROP COLUMN "discourse_next_attempt_at";
  ALTER TABLE "stories" DROP COLUMN "discourse_forum_title";
  ALTER TABLE "_stories_v" DROP COLUMN "version_discourse_tries";
  ALTER TABLE "_stories_v" DROP COLUMN "version_discourse_next_attempt_at";
  ALTER TABLE "_stories_v" DROP COLUMN "version_discourse_forum_title";
  ALTER TABLE "events" DROP COLUMN "discourse_tries";
  ALTER TABLE "events" DROP COLUMN "discourse_next_attempt_at";
  ALTER TABLE "events" DROP COLUMN "discourse_forum_title";
  ALTER TABLE "_events_v" DROP COLUMN "version_discourse_tries";
  ALTER TABLE "_events_v" DROP COLUMN "version_discourse_next_attempt_at";
  ALTER TABLE "_events_v" DROP COLUMN "version_discourse_forum_title";`)
}
