CREATE TYPE project_role_enum AS ENUM ('MEMBER', 'OPERATOR');
CREATE TABLE project_user (user_id bigint, project_role project_role_enum);
