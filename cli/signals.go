package cli

import (
	"context"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// exitSignals end a run cleanly: ctrl+c, kill and timeout(1) (SIGTERM), a
// closed terminal or ssh session (SIGHUP).
var exitSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}

// signalGrace is how long a run has, after one of exitSignals, to end on
// its own (its deferred cleanups run) before it is ended for it.
const signalGrace = 2 * time.Second

// onExitSignal returns a context that one of exitSignals cancels, so the
// run stops what it does and returns through its deferred cleanups. When
// it has not ended signalGrace later (blocked writing to a pipe nobody
// reads, say), or on a second signal, cleanup runs and the process exits
// with 128 + the signal's number, as a shell reports it. stop ends the
// watch; call it when the run is over.
func onExitSignal(parent context.Context, cleanup func()) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancel(parent)
	sigs := make(chan os.Signal, 2)
	done := make(chan struct{})
	signal.Notify(sigs, exitSignals...)
	go func() {
		var sig os.Signal
		select {
		case sig = <-sigs:
			cancel()
		case <-done:
			return
		}
		select {
		case <-sigs:
		case <-time.After(signalGrace):
		case <-done:
			return
		}
		cleanup()
		os.Exit(signalStatus(sig))
	}()
	return ctx, func() {
		signal.Stop(sigs)
		close(done)
		cancel()
	}
}

// signalStatus is the exit status of a process ended by sig: 128 + its
// number (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP).
func signalStatus(sig os.Signal) int {
	if s, ok := sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return exitFailure
}
