#pragma once
// Runs the automatic layout in the `tthc-layout` worker process, never in the editor: a
// Graphviz crash, hang or memory blow-up costs a restart of the worker and an error message,
// never the editor or unsaved work. The worker is started on first use and kept alive
// between layouts (one JSON line per request and per answer, see layout.h). A watchdog kills
// it when it does not answer within LayoutOptions::timeoutMs; a crash, a hang or an answer
// that cannot be read gives a translated error and the next request starts a fresh worker.
//
// Two ways to call it: start() (asynchronous, for the editor: the UI thread never waits;
// finished() or failed() follows, unless cancel() came first) and layout() (blocking, for
// the command line and tests). One request at a time.
#include "layout.h"

#include <QObject>
#include <QElapsedTimer>
#include <QStringList>

#include <optional>

class QProcess;
class QTimer;

namespace tthc {

class LayoutClient : public QObject {
    Q_OBJECT
public:
    explicit LayoutClient(QObject *parent = nullptr);
    ~LayoutClient() override;

    // The worker executable. Without one set: $TTHC_LAYOUT_WORKER, else `tthc-layout` in
    // the application's directory (a build tree), else in <libexecdir>/tthc-studio relative
    // to it (the installed package).
    void setWorkerPath(const QString &path);
    QString workerPath() const;

    // Blocking. Fails (and changes nothing) while an asynchronous layout is running.
    Result<Geometry> layout(const Process &process, const LayoutOptions &options = {});

    // Asynchronous: exactly one of finished() or failed() follows, after start() has returned
    // (isBusy() until then), unless cancel() comes first. A layout still running is cancelled.
    void start(const Process &process, const LayoutOptions &options = {});
    // Abandons the running layout (the worker is stopped); no signal follows.
    void cancel();
    bool isBusy() const { return m_pending; }

    // Figures of the last successful layout: the worker's own (time inside gvLayout, total)
    // and the round trip seen here (request written → answer read).
    LayoutStats lastStats() const { return m_lastStats; }
    qint64 lastRoundTripNs() const { return m_lastRoundTripNs; }
    // Diagnostics and tests: the running worker's process id (0 if none) and how many
    // workers were started so far.
    qint64 workerPid() const;
    int workerStarts() const { return m_starts; }

    // The request line of layout.h's wire format (public for tests).
    static QByteArray encodeRequest(quint64 id, const Process &process, const LayoutOptions &options);

signals:
    void finished(const tthc::Geometry &geometry);
    void failed(const QString &message);

private:
    bool ensureWorker(QString *reason);
    void stopWorker(bool graceful);
    bool send(const Process &process, const LayoutOptions &options, bool async, QString *reason);
    void onReadyRead();
    void onWorkerFinished();
    void onTimeout();
    void handleAnswer(const QByteArray &line);
    bool decodeGeometry(const QJsonObject &envelope, const char *numbers, const char *end, Geometry *out) const;
    void complete(Result<Geometry> result);
    void fail(const QString &reason, bool restartWorker);
    QString timeoutReason() const;

    QString m_workerPath;
    QProcess *m_process = nullptr;
    QTimer *m_watchdog = nullptr;
    QByteArray m_buffer;
    quint64 m_nextId = 1;
    int m_starts = 0;
    int m_servedByWorker = 0;

    // The request in flight.
    bool m_pending = false;
    bool m_async = false;
    quint64 m_pendingId = 0;
    int m_timeoutMs = 0;
    QStringList m_stepIds, m_flowIds; // of the request: the answer is positional
    QElapsedTimer m_clock;
    std::optional<Result<Geometry>> m_blockingResult;

    LayoutStats m_lastStats;
    qint64 m_lastRoundTripNs = 0;
};

} // namespace tthc
