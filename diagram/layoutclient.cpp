#include "layoutclient.h"
#include "stepshape.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QSet>
#include <QTimer>

namespace tthc {

namespace {
// A long session asks for many layouts; Graphviz 2.42 leaks a little on each. A fresh worker
// now and then keeps that bounded (start-up is a few milliseconds).
constexpr int kRequestsPerWorker = 500;
} // namespace

LayoutClient::LayoutClient(QObject *parent) : QObject(parent), m_watchdog(new QTimer(this))
{
    m_watchdog->setSingleShot(true);
    m_watchdog->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(m_watchdog, &QTimer::timeout, this, &LayoutClient::onTimeout);
}

LayoutClient::~LayoutClient() { stopWorker(true); }

void LayoutClient::setWorkerPath(const QString &path) { m_workerPath = path; }

QString LayoutClient::workerPath() const
{
    if (!m_workerPath.isEmpty())
        return m_workerPath;
    const QString env = qEnvironmentVariable("TTHC_LAYOUT_WORKER");
    if (!env.isEmpty())
        return env;
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("tthc-layout.exe");
#else
    const QString name = QStringLiteral("tthc-layout");
#endif
    const QString dir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QDir::currentPath();
    return QDir(dir).filePath(name);
}

qint64 LayoutClient::workerPid() const
{
    return m_process && m_process->state() == QProcess::Running ? m_process->processId() : 0;
}

bool LayoutClient::ensureWorker(QString *reason)
{
    if (m_process && m_process->state() == QProcess::Running && m_servedByWorker < kRequestsPerWorker)
        return true;
    stopWorker(true);
    m_process = new QProcess(this);
    // The worker's diagnostics (Graphviz warnings, a glibc abort message) go to our stderr;
    // only stdout carries the protocol.
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LayoutClient::onReadyRead);
    connect(m_process, &QProcess::finished, this, &LayoutClient::onWorkerFinished);
    const QString path = workerPath();
    m_process->start(path, {}, QIODevice::ReadWrite);
    if (!m_process->waitForStarted(5000)) {
        stopWorker(false);
        *reason = tr("the layout helper program %1 could not be started").arg(QDir::toNativeSeparators(path));
        return false;
    }
    ++m_starts;
    m_servedByWorker = 0;
    m_buffer.clear();
    return true;
}

// Stops the worker: gracefully (end of input, the worker exits) or at once. Its signals are
// disconnected first, so that its death is not taken for a crash.
void LayoutClient::stopWorker(bool graceful)
{
    if (!m_process)
        return;
    QProcess *p = m_process;
    m_process = nullptr;
    disconnect(p, nullptr, this, nullptr);
    if (p->state() != QProcess::NotRunning) {
        if (graceful) {
            p->closeWriteChannel();
            if (!p->waitForFinished(300))
                p->kill();
        } else {
            p->kill();
        }
        p->waitForFinished(2000);
    }
    // May be called from one of its own signals: delete it later (it is our child anyway).
    p->deleteLater();
    m_buffer.clear();
}

bool LayoutClient::send(const Process &process, const LayoutOptions &options, bool async, QString *reason)
{
    LayoutOptions effective = options;
    // The worker does not link Qt Gui: the step boxes come from here, unless the caller chose
    // its own sizes.
    if (effective.stepSizes == LayoutOptions{}.stepSizes)
        for (int k = 0; k < enumCount<StepKind>(); ++k)
            effective.stepSizes[size_t(k)] = StepShape::defaultSize(StepKind(k));
    m_clock.start();
    if (!ensureWorker(reason))
        return false;
    m_pending = true;
    m_async = async;
    m_pendingId = m_nextId++;
    m_timeoutMs = std::max(1, options.timeoutMs);
    m_blockingResult.reset();
    m_expectedSteps.clear();
    QSet<QString> seen;
    for (const Step &s : process.steps)
        if (!s.id.isEmpty() && !seen.contains(s.id)) {
            seen.insert(s.id);
            m_expectedSteps.append(s.id);
        }
    const QJsonObject request{{QStringLiteral("id"), double(m_pendingId)},
                              {QStringLiteral("options"), effective.toJson()},
                              {QStringLiteral("process"), layoutwire::processToJson(process)}};
    m_process->write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    ++m_servedByWorker;
    if (async)
        m_watchdog->start(m_timeoutMs);
    return true;
}

Result<Geometry> LayoutClient::layout(const Process &process, const LayoutOptions &options)
{
    const auto failure = [](const QString &reason) {
        return Result<Geometry>::failure(
            tr("The automatic layout failed: %1. The diagram was left unchanged.").arg(reason));
    };
    if (m_pending)
        return failure(tr("another automatic layout is still running"));
    QString reason;
    if (!send(process, options, false, &reason))
        return failure(reason);
    // No event loop here: wait on the pipe itself. readyRead and finished are emitted from
    // within waitForReadyRead, so the answer goes through the same slots as in start().
    while (m_pending) {
        QProcess *p = m_process;
        const qint64 remaining = m_timeoutMs - m_clock.elapsed();
        if (remaining <= 0 || !p) {
            onTimeout();
            break;
        }
        if (!p->waitForReadyRead(int(remaining)) && m_pending && m_process == p) {
            if (p->state() == QProcess::NotRunning)
                fail(tr("the layout helper program stopped unexpectedly"), true);
            else if (m_clock.elapsed() >= m_timeoutMs)
                onTimeout();
        }
    }
    if (!m_blockingResult)
        return failure(tr("the layout helper program stopped unexpectedly"));
    Result<Geometry> r = std::move(*m_blockingResult);
    m_blockingResult.reset();
    return r;
}

void LayoutClient::start(const Process &process, const LayoutOptions &options)
{
    if (m_pending)
        cancel();
    QString reason;
    if (!send(process, options, true, &reason)) {
        // Reported like any failure: after start() has returned.
        const QString message = tr("The automatic layout failed: %1. The diagram was left unchanged.").arg(reason);
        QMetaObject::invokeMethod(this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
    }
}

void LayoutClient::cancel()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_watchdog->stop();
    m_blockingResult.reset();
    stopWorker(false);
}

void LayoutClient::onReadyRead()
{
    if (!m_process)
        return;
    m_buffer += m_process->readAllStandardOutput();
    qsizetype end;
    while (m_process && (end = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        handleAnswer(line);
    }
}

void LayoutClient::handleAnswer(const QByteArray &line)
{
    const QString garbage = tr("the layout helper program gave an answer that could not be read");
    if (!m_pending) {
        // Nobody asked: the worker is not in a state we know. Start afresh next time.
        stopWorker(false);
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    const QJsonObject answer = doc.object();
    if (!doc.isObject() || answer.value(QLatin1String("id")).toDouble(-1) != double(m_pendingId)
        || !answer.value(QLatin1String("ok")).isBool()) {
        fail(garbage, true);
        return;
    }
    if (!answer.value(QLatin1String("ok")).toBool()) {
        const QString detail = answer.value(QLatin1String("detail")).toString();
        if (answer.value(QLatin1String("error")).toString() == QLatin1String("request"))
            fail(tr("the layout helper program could not read the request (%1)").arg(detail), false);
        else
            fail(tr("the chart could not be laid out (%1)").arg(detail), false);
        return;
    }
    const QJsonValue geometryJson = answer.value(QLatin1String("geometry"));
    if (!geometryJson.isObject()) {
        fail(garbage, true);
        return;
    }
    Geometry g = Geometry::fromJson(geometryJson.toObject());
    for (const QString &id : std::as_const(m_expectedSteps))
        if (!g.steps.contains(id)) {
            fail(garbage, true);
            return;
        }
    m_lastStats = layoutwire::statsFromJson(answer.value(QLatin1String("stats")).toObject());
    m_lastRoundTripNs = m_clock.nsecsElapsed();
    complete(std::move(g));
}

void LayoutClient::onWorkerFinished()
{
    // Only a worker that died by itself gets here (stopWorker disconnects first).
    if (m_pending)
        fail(tr("the layout helper program stopped unexpectedly"), true);
    else
        stopWorker(false);
}

QString LayoutClient::timeoutReason() const
{
    return tr("the layout helper program did not answer within %1 seconds")
        .arg(QLocale().toString(m_timeoutMs / 1000.0, 'g', 3));
}

void LayoutClient::onTimeout()
{
    if (m_pending)
        fail(timeoutReason(), true);
}

void LayoutClient::fail(const QString &reason, bool restartWorker)
{
    if (restartWorker)
        stopWorker(false);
    complete(Result<Geometry>::failure(
        tr("The automatic layout failed: %1. The diagram was left unchanged.").arg(reason)));
}

void LayoutClient::complete(Result<Geometry> result)
{
    if (!m_pending)
        return;
    m_pending = false;
    m_watchdog->stop();
    if (!m_async) {
        m_blockingResult = std::move(result);
        return;
    }
    if (result.ok())
        emit finished(result.value());
    else
        emit failed(result.error());
}

} // namespace tthc
