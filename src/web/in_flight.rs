//! How many uploads each user has running on this instance. An upload holds a worker's
//! attention and a storage stream for as long as its body takes; one person opening many at
//! once (by script, or slow connections left open) is refused beyond a few.
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

#[derive(Default)]
pub struct Uploads {
    running: Mutex<HashMap<String, usize>>,
}

/// One running upload; it ends when this is dropped, however the request ends.
pub struct Slot {
    uploads: Arc<Uploads>,
    user_id: String,
}

impl Uploads {
    /// A slot for one more upload by `user_id`, or `None` when `max` are running.
    pub fn take(self: &Arc<Self>, user_id: &str, max: usize) -> Option<Slot> {
        let mut running = self.running.lock().unwrap_or_else(|e| e.into_inner());
        let n = running.entry(user_id.to_string()).or_insert(0);
        if *n >= max {
            return None;
        }
        *n += 1;
        Some(Slot {
            uploads: self.clone(),
            user_id: user_id.to_string(),
        })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut running = self
            .uploads
            .running
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some(n) = running.get_mut(&self.user_id) {
            *n -= 1;
            if *n == 0 {
                running.remove(&self.user_id);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_user_gets_at_most_max_slots_and_each_comes_back_when_dropped() {
        let uploads = Arc::new(Uploads::default());
        let a = uploads.take("ana", 2).unwrap();
        let b = uploads.take("ana", 2).unwrap();
        assert!(uploads.take("ana", 2).is_none());
        assert!(uploads.take("ben", 2).is_some(), "others are not affected");
        drop(a);
        let c = uploads.take("ana", 2).unwrap();
        drop((b, c));
        assert!(uploads.running.lock().unwrap().is_empty());
    }
}
