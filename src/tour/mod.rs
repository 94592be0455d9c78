//! The guided tour: chapters that follow the seed text, each with its words (message ids
//! `tour-<id>-title`, `tour-<id>-body`, `tour-<id>-task-<k>`), its maths in MathML, the page and
//! settings it opens, the controls it lights up, and tasks the page ticks off from the state.
//! Pure: no web-sys or yew, so the chapters and their tasks are tested natively.

pub mod chapters;
pub mod maths;
pub mod tasks;
