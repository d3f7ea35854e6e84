import { beforeAll, describe, expect, test } from 'vitest';
import { prepareEngine } from '../../src/engine.js';
import { analyseTrees, expectFires } from './helpers.js';

const BASE = 'db/migrations/0001_base.sql';

/** The update-rows finding on `line`. */
function finding(sql: string, line: number, base: string, dialect?: 'mysql' | 'postgres'): { severity: string; message: string } {
  return expectFires(sql, 'update-rows', line, { base, ...(dialect ? { dialect } : {}) });
}

describe('update-rows: values the previous release reads as it read the old ones', () => {
  beforeAll(async () => {
    await prepareEngine();
  });

  describe('a boolean literal into a boolean column', () => {
    const base = "CREATE TABLE personal_access_token (id bigint PRIMARY KEY, active boolean NOT NULL, description varchar(255), kind text, score int);";
    test('openvsx V1_53 (2fe5313f0f): deactivate the one-time publish tokens is a warning that names the evidence', () => {
      const f = finding("UPDATE personal_access_token set active = FALSE WHERE description = 'One time use publish token';", 1, base);
      expect(f.severity).toBe('warning');
      expect(f.message).toContain('personal_access_token.active = FALSE: a boolean into a column that was boolean in the previous release');
    });
    test('openvsx V1_50 (c60bcc584a): TRUE, quoted column, alias', () => {
      const f = finding('UPDATE personal_access_token AS t SET "active" = TRUE WHERE t.id IN (SELECT id FROM personal_access_token);', 1, base);
      expect(f.severity).toBe('warning');
    });
    test('MySQL: BOOLEAN is TINYINT(1), still a boolean', () => {
      const mysqlBase = 'CREATE TABLE flags (id bigint PRIMARY KEY, enabled tinyint(1) NOT NULL);';
      expect(finding('UPDATE flags SET enabled = true WHERE id = 3;', 1, mysqlBase, 'mysql').severity).toBe('warning');
    });
    test.each([
      ['a boolean expression (not a literal)', 'UPDATE personal_access_token SET active = NOT active;'],
      ['a boolean from another column', 'UPDATE personal_access_token SET active = (kind = \'x\');'],
      ['a string into a text column (a new identifier)', "UPDATE personal_access_token SET kind = 'system' WHERE id = 1;"],
      ['a number into an integer column without a DEFAULT move', 'UPDATE personal_access_token SET score = 3 WHERE score = 1;'],
      ['one column with evidence, one without', "UPDATE personal_access_token SET active = FALSE, kind = 'revoked';"],
      ['TRIM of the column itself (openvsx V1_45 e388b7e2f6: a re-encoding)', 'UPDATE personal_access_token SET description = TRIM(\'"\' FROM description) WHERE description LIKE \'"%"\';'],
      ['a tuple assignment', 'UPDATE personal_access_token SET (active, kind) = (FALSE, \'x\');'],
      ['inside a DO block (not read)', 'DO $$\nBEGIN\n  UPDATE personal_access_token SET active = FALSE;\nEND $$;'],
      ['in a WITH query', 'WITH x AS (SELECT 1) UPDATE personal_access_token SET active = FALSE;'],
      ['an upsert', 'INSERT INTO personal_access_token (id, active) VALUES (1, true) ON CONFLICT (id) DO UPDATE SET active = false;'],
    ])('stays an error: %s', (_name, sql) => {
      const line = sql.startsWith('DO') ? 3 : 1;
      expect(finding(sql, line, base).severity).toBe('error');
    });
    test('stays an error: the column is not boolean in the previous release (the PR changes its type)', () => {
      const sql = 'ALTER TABLE personal_access_token ALTER COLUMN score TYPE boolean USING score > 0;\nUPDATE personal_access_token SET score = TRUE;';
      expect(finding(sql, 2, base).severity).toBe('error');
    });
    test('stays an error: the column type is unknown (no base history of the table)', () => {
      expect(finding('UPDATE elsewhere SET active = FALSE;', 1, base).severity).toBe('error');
    });
  });

  describe("a number equal to the DEFAULT the same PR sets (a default move)", () => {
    const base = 'CREATE TABLE local_site_rate_limit (id int PRIMARY KEY, import_user_settings_max_requests int NOT NULL DEFAULT 1, other int NOT NULL DEFAULT 5, label text);';
    const lemmy = 'ALTER TABLE local_site_rate_limit\n    ALTER COLUMN import_user_settings_max_requests SET DEFAULT 3;\n\nUPDATE\n    local_site_rate_limit\nSET\n    import_user_settings_max_requests = 3\nWHERE\n    import_user_settings_max_requests = 1;\n';
    test('lemmy 3ac5970bbb: rows on the old default 1 moved to the new default 3 is a warning naming the DEFAULT', () => {
      const f = finding(lemmy, 4, base);
      expect(f.severity).toBe('warning');
      expect(f.message).toMatch(/import_user_settings_max_requests = 3: the DEFAULT this PR gives the column \(db\/migrations\/0002_pr\.sql:2\)/);
    });
    test('variant: several ALTER actions in one statement, a negative number, two columns', () => {
      const sql = 'ALTER TABLE local_site_rate_limit ALTER other SET DEFAULT 10, ALTER COLUMN import_user_settings_max_requests SET DEFAULT -2;\nUPDATE local_site_rate_limit SET other = 10, import_user_settings_max_requests = -2;';
      expect(finding(sql, 2, base).severity).toBe('warning');
    });
    test('variant: the DEFAULT set by an earlier migration file of the same PR', () => {
      const findings = analyseTrees(
        { [BASE]: base },
        { [BASE]: base, 'db/migrations/0002_default.sql': 'ALTER TABLE local_site_rate_limit ALTER COLUMN other SET DEFAULT 7;', 'db/migrations/0003_move.sql': 'UPDATE local_site_rate_limit SET other = 7 WHERE other = 5;' },
      );
      const f = findings.find((x) => x.rule === 'update-rows');
      expect(f?.severity).toBe('warning');
      expect(f?.message).toContain('(db/migrations/0002_default.sql:1)');
    });
    test.each([
      ['another number than the DEFAULT', lemmy.replace('= 3\nWHERE', '= 4\nWHERE')],
      ['the DEFAULT dropped again before the UPDATE', lemmy.replace('SET DEFAULT 3;', 'SET DEFAULT 3;\nALTER TABLE local_site_rate_limit ALTER COLUMN import_user_settings_max_requests DROP DEFAULT;')],
      ['a DEFAULT that is an expression', lemmy.replace('SET DEFAULT 3;', 'SET DEFAULT (1 + 2);')],
      ['the DEFAULT of another column', lemmy.replace('import_user_settings_max_requests SET DEFAULT', 'other SET DEFAULT')],
      ['the DEFAULT set after the UPDATE', 'UPDATE local_site_rate_limit SET import_user_settings_max_requests = 3;\nALTER TABLE local_site_rate_limit ALTER COLUMN import_user_settings_max_requests SET DEFAULT 3;'],
    ])('stays an error: %s', (_name, sql) => {
      const line = sql.split('\n').findIndex((l) => l.startsWith('UPDATE')) + 1;
      expect(finding(sql, line, base).severity).toBe('error');
    });
    test('stays an error: a string DEFAULT and the same string (a new identifier, reportportal EDITOR-like)', () => {
      const sql = "ALTER TABLE local_site_rate_limit ALTER COLUMN label SET DEFAULT 'EDITOR';\nUPDATE local_site_rate_limit SET label = 'EDITOR' WHERE label = 'MEMBER';";
      expect(finding(sql, 2, base).severity).toBe('error');
    });
  });
  describe("a label of the column's ENUM type in the previous release", () => {
    const pg = "CREATE TYPE project_role_enum AS ENUM ('OPERATOR', 'CUSTOMER', 'MEMBER', 'PROJECT_MANAGER');\nCREATE TABLE project_user (user_id bigint, project_role project_role_enum NOT NULL, note text);";
    test('Postgres enum type: a label base had (with a cast to the type) is a warning naming it', () => {
      const f = finding("UPDATE public.project_user pu SET project_role = 'MEMBER'::public.\"project_role_enum\" WHERE project_role = 'CUSTOMER'::public.\"project_role_enum\";", 1, pg);
      expect(f.severity).toBe('warning');
      expect(f.message).toContain("project_user.project_role = 'MEMBER': a label its ENUM type already had in the previous release");
    });
    test('must still fire: reportportal 25b19b076e, EDITOR is a label the PR adds (a new type swapped in), not one base had', () => {
      const sql = "ALTER TYPE project_role_enum RENAME TO project_role_enum_old;\nCREATE TYPE project_role_enum AS ENUM ('OPERATOR', 'CUSTOMER', 'MEMBER', 'PROJECT_MANAGER', 'EDITOR', 'VIEWER');\nALTER TABLE project_user ALTER COLUMN project_role TYPE project_role_enum USING (project_role::text::project_role_enum);\nUPDATE project_user SET project_role = 'EDITOR'::project_role_enum WHERE project_role IN ('PROJECT_MANAGER', 'MEMBER');";
      expect(finding(sql, 4, pg).severity).toBe('error');
    });
    test('must still fire: a label added by ALTER TYPE … ADD VALUE in the PR', () => {
      const sql = "ALTER TYPE project_role_enum ADD VALUE 'VIEWER';\nUPDATE project_user SET project_role = 'VIEWER' WHERE project_role = 'OPERATOR';";
      expect(finding(sql, 2, pg).severity).toBe('error');
    });
    test('must still fire: a label only in another case, or a string into a text column', () => {
      expect(finding("UPDATE project_user SET project_role = 'member';", 1, pg).severity).toBe('error');
      expect(finding("UPDATE project_user SET note = 'MEMBER';", 1, pg).severity).toBe('error');
    });
    const mysql = "CREATE TABLE queues (id bigint PRIMARY KEY, `type` ENUM('io.kestra.core.models.flows.Flow', 'io.kestra.core.models.executions.Execution') NOT NULL);";
    test('MySQL inline ENUM: a label base had is a warning', () => {
      const sql = "UPDATE queues SET `type` = 'io.kestra.core.models.executions.Execution' WHERE id = 1;";
      expect(finding(sql, 1, mysql, 'mysql').severity).toBe('warning');
    });
    test('must still fire: kestra 9f686a28cc, FlowWithSource added to the ENUM by the same PR', () => {
      const sql = "ALTER TABLE queues MODIFY COLUMN `type` ENUM('io.kestra.core.models.flows.Flow', 'io.kestra.core.models.executions.Execution', 'io.kestra.core.models.flows.FlowWithSource') NOT NULL;\n\nUPDATE queues set `type` = 'io.kestra.core.models.flows.FlowWithSource' WHERE `type` = 'io.kestra.core.models.flows.Flow';";
      expect(finding(sql, 3, mysql, 'mysql').severity).toBe('error');
    });
  });
});
