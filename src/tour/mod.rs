//! The guided tour: chapters that follow the seed text, each with its words (message ids
//! `tour-<id>-title`, `tour-<id>-body`, `tour-<id>-body-2`, `tour-<id>-task-<k>`,
//! `tour-<id>-done-<k>`), its maths in MathML, the page and settings it opens, the controls it
//! lights up, and tasks the page ticks off from the state.
//! Pure: no web-sys or yew, so the chapters and their tasks are tested natively. The tasks read
//! a [`seen::Seen`] (borrowed parts of the state), so the tour never imports the reducer that
//! ticks them (`state/app.rs`).

pub mod chapters;
pub mod maths;
pub mod seen;
pub mod stage;
pub mod tasks;
pub mod tasks_more;
