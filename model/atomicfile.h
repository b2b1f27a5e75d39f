#pragma once
// Every output file (JSON exports, simulation results, charts, the dossier's PDF/DOCX/XLSX,
// calendars) is written through this helper: into `<name>.part` beside the target, every write
// checked, flushed to disk (fsync), then renamed over the target in one step. On any failure
// the old file is untouched, the .part is removed and the message names the cause in the
// user's language ("ổ đĩa đầy", read-only, no permission, no such folder). A `.part` left by a
// killed export is removed by the next write of the same target.
//
// Test hook: TTHC_FAULT_WRITE_AFTER=N makes writes fail with "disk full" after N bytes, so the
// full-disk path is tested without root tricks (RLIMIT_FSIZE works too: SIGXFSZ is ignored by
// the application, so an over-long write fails with EFBIG).
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tthc {

class AtomicFile {
    Q_DECLARE_TR_FUNCTIONS(tthc::AtomicFile)
public:
    // Writes `data` as the whole new content of `path`.
    static Status write(const QString &path, const QByteArray &data);

    // For writers that make the file themselves (libzip, libxlsxwriter): write to partPath(),
    // then commit(); the destructor removes the .part unless committed.
    explicit AtomicFile(QString path);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;
    QString partPath() const { return m_part; }
    // Makes sure the folder can take the file, before any expensive work (figures).
    Status prepare();
    Status commit();

    // "the disk is full", "the file or folder is read-only", … for an errno value.
    static QString reason(int errnoValue);
    // The whole message for a failed write of `path`.
    static QString cannotWrite(const QString &path, int errnoValue);

private:
    QString m_path, m_part;
    bool m_committed = false;
};

} // namespace tthc
