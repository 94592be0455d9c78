//! [`Shared`]: a payload the page's state shares between its copies instead of copying it.
//!
//! The reducer copies the whole state on every action (`state/app.rs`, Yew's `Reducible`), and
//! the state holds megabytes: each 2-D family's reverse chain (2,000 points × 100 frames, x_t
//! and x̂_0), fields, image frames, the lineup. Behind `Shared` a copy of the state is a count
//! bumped, not those bytes copied; a family's page state is copied only when its own update
//! changes it ([`Shared::to_mut`], copy-on-write), and even then its chains stay shared.
//! It serialises as the value it holds (the test hook reads the state as JSON).

use std::ops::Deref;
use std::rc::Rc;

/// A shared, copy-on-write value.
#[derive(Debug, Default)]
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

impl<T: Clone> Shared<T> {
    /// The value to change: copied first if another state still holds it.
    pub fn to_mut(&mut self) -> &mut T {
        Rc::make_mut(&mut self.0)
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// Equal when it is the same value (no comparison of a chain with itself) or an equal one.
impl<T: PartialEq> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0) || *self.0 == *other.0
    }
}

impl<T: serde::Serialize> serde::Serialize for Shared<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (*self.0).serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_shares_until_one_side_changes() {
        let a = Shared::new(vec![1.0f32; 1000]);
        let mut b = a.clone();
        assert!(std::ptr::eq(&a[0], &b[0]), "a copy shares the values");
        b.to_mut()[0] = 2.0;
        assert_eq!((a[0], b[0]), (1.0, 2.0), "changing one copies it first");
        assert_eq!(serde_json::to_string(&Shared::new([1, 2])).unwrap(), "[1,2]");
    }
}
