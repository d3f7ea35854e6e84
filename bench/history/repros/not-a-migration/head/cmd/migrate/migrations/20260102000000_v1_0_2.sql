-- +goose Up
ALTER TABLE v1_task ADD COLUMN queue text;
