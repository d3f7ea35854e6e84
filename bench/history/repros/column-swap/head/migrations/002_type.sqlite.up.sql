ALTER TABLE codes ADD COLUMN address_type_old VARCHAR(36);
UPDATE codes SET address_type_old = address_type;
ALTER TABLE codes DROP COLUMN address_type;
ALTER TABLE codes RENAME COLUMN address_type_old TO address_type;
