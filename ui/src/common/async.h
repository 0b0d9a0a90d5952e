// Getting a worker's result back to a QObject's thread. QFuture::then(context, f) calls f at once,
// inside the call that attached it, when the work has already finished; a caller would then see
// its request answered before it returned. onResult always answers from the event loop.
#pragma once

#include <QFuture>
#include <QMetaObject>
#include <QObject>

#include <utility>

namespace mipr::ui {

/// Calls `fn(result)` on `context`'s thread, from its event loop, when `future` has a result;
/// never if `context` is destroyed first. The caller must keep `context` alive while the work
/// runs (each owner here waits for its pool in its destructor).
template <typename T, typename F>
void onResult(QFuture<T> future, QObject* context, F fn) {
    future.then(context, [context, fn = std::move(fn)](T value) mutable {
        QMetaObject::invokeMethod(
            context, [fn = std::move(fn), value = std::move(value)]() mutable { fn(std::move(value)); },
            Qt::QueuedConnection);
    });
}

}  // namespace mipr::ui
