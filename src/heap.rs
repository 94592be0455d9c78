//! A counting allocator for the examples that report a peak heap (`fuzz`, `peak_memory`):
//! the system allocator, with the live bytes and their peak kept in two atomics. A binary
//! installs it with `#[global_allocator] static A: genlab::heap::Counting = genlab::heap::Counting;`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The system allocator, counting.
pub struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// Bytes this thread has ever asked for (a test's own count, whatever other threads do).
    static THREAD_ALLOCATED: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
            // `try_with`: a thread being torn down has no counter any more.
            let _ = THREAD_ALLOCATED.try_with(|c| c.set(c.get() + layout.size()));
        }
        p
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        unsafe { System.dealloc(p, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

/// Starts a new peak from what is live now; returns the live bytes.
pub fn reset_peak() -> usize {
    let live = LIVE.load(Ordering::Relaxed);
    PEAK.store(live, Ordering::Relaxed);
    live
}

/// The highest live byte count since the last [`reset_peak`].
pub fn peak() -> usize {
    PEAK.load(Ordering::Relaxed)
}

/// Bytes the calling thread has allocated so far (all of them, freed or not): the difference
/// over a call is what that call asked of the allocator.
pub fn thread_allocated() -> usize {
    THREAD_ALLOCATED.with(Cell::get)
}
