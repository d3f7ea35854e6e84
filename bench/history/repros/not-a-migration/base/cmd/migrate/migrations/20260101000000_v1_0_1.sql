-- +goose Up
CREATE TABLE v1_task (id bigint PRIMARY KEY);
