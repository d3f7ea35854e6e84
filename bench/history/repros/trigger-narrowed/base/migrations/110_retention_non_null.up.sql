UPDATE launch SET mode = mode WHERE mode IS NULL;
