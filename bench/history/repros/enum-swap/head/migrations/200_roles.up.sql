ALTER TYPE project_role_enum RENAME TO project_role_enum_old;
CREATE TYPE project_role_enum AS ENUM ('MEMBER', 'OPERATOR', 'VIEWER');
ALTER TABLE project_user ALTER COLUMN project_role TYPE project_role_enum USING project_role::text::project_role_enum;
DROP TYPE project_role_enum_old;
