import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`stories\` ADD \`discourse_tries\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`discourse_next_attempt_at\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`discourse_forum_title\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_discourse_tries\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_discourse_next_attempt_at\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_discourse_forum_title\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`discourse_tries\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`discourse_next_attempt_at\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`discourse_forum_title\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_discourse_tries\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_discourse_next_attempt_at\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_discourse_forum_title\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`discourse_tries\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`discourse_next_attempt_at\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`discourse_forum_title\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_discourse_tries\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_discourse_next_attempt_at\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_discourse_forum_title\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`discourse_tries\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`discourse_next_attempt_at\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`discourse_forum_title\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_discourse_tries\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_discourse_next_attempt_at\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_discourse_forum_title\`;`)
}
