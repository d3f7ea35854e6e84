pub struct User { pub id: i32 }
