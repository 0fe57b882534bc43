//! SIGINT and SIGTERM ask the run to stop after the chunk at hand; a second
//! signal ends the process at once, as if no handler were there.

use std::sync::atomic::{AtomicBool, Ordering};

static STOP: AtomicBool = AtomicBool::new(false);

/// A test hook: raise SIGTERM after this many statements, as `kill` would.
const SIGNAL_AFTER: &str = "LGSCO_TEST_SIGNAL_AFTER";

/// Whether a signal asked the run to stop.
pub fn stopped() -> bool {
    STOP.load(Ordering::Relaxed)
}

#[cfg(unix)]
extern "C" fn on_signal(_: libc::c_int) {
    STOP.store(true, Ordering::Relaxed);
}

/// Catch SIGINT and SIGTERM once each.
pub fn install() {
    #[cfg(unix)]
    // SAFETY: the handler only stores to an atomic, which is
    // async-signal-safe; `sigaction` is given a zeroed, filled struct.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
        action.sa_flags = libc::SA_RESETHAND | libc::SA_RESTART;
        libc::sigemptyset(&mut action.sa_mask);
        for signal in [libc::SIGINT, libc::SIGTERM] {
            libc::sigaction(signal, &action, std::ptr::null_mut());
        }
    }
}

/// The test hook: after `done` statements, signal this process.
pub fn test_hook(done: usize) {
    static AFTER: std::sync::OnceLock<Option<usize>> = std::sync::OnceLock::new();
    let after = AFTER.get_or_init(|| std::env::var(SIGNAL_AFTER).ok()?.parse().ok());
    if *after == Some(done) {
        #[cfg(unix)]
        // SAFETY: raising a signal this process handles.
        unsafe {
            libc::raise(libc::SIGTERM);
        }
        #[cfg(not(unix))]
        STOP.store(true, Ordering::Relaxed);
    }
}
