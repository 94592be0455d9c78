//! A cursor for scrubbers and play buttons. An interval callback captures the dispatcher, not
//! a snapshot of the value, so playing always advances from the current position.

use std::rc::Rc;

use gloo::timers::callback::Interval;
use yew::prelude::*;

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Cursor(pub usize);

pub enum Move {
    Set(usize),
    /// Advance by `by`; past `len − 1` wrap to 0 (`wrap`) or stop at the end.
    Advance {
        by: usize,
        len: usize,
        wrap: bool,
    },
}

impl Reducible for Cursor {
    type Action = Move;
    fn reduce(self: Rc<Self>, action: Move) -> Rc<Self> {
        let next = match action {
            Move::Set(v) => v,
            Move::Advance { by, len, wrap } => {
                let last = len.saturating_sub(1);
                if self.0 >= last { if wrap { 0 } else { last } } else { (self.0 + by).min(last) }
            }
        };
        Rc::new(Cursor(next))
    }
}

/// While `playing`, advances `cursor` by `by` every `ms` milliseconds.
#[hook]
pub fn use_player(playing: bool, cursor: UseReducerDispatcher<Cursor>, by: usize, len: usize, wrap: bool, ms: u32) {
    use_effect_with((playing, by, len, wrap, ms), move |&(on, by, len, wrap, ms)| {
        let interval = on.then(|| Interval::new(ms, move || cursor.dispatch(Move::Advance { by, len, wrap })));
        move || drop(interval)
    });
}
