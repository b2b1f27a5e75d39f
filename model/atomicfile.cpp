#include "atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace tthc {

namespace {

QByteArray native(const QString &path) { return QFile::encodeName(path); }

// The test hook: how many more bytes may be written before the "disk" is full (-1: no limit).
qint64 faultBudget()
{
    bool ok = false;
    const qint64 n = qEnvironmentVariable("TTHC_FAULT_WRITE_AFTER").toLongLong(&ok);
    return ok && n >= 0 ? n : -1;
}

// Writes all of `data` to `fd`; errno is set on failure.
bool writeAll(int fd, const QByteArray &data)
{
    qint64 budget = faultBudget();
    const char *p = data.constData();
    qint64 left = data.size();
    while (left > 0) {
        qint64 chunk = std::min<qint64>(left, 1 << 20);
        if (budget >= 0) {
            if (budget == 0) {
                errno = ENOSPC;
                return false;
            }
            chunk = std::min(chunk, budget);
        }
        const ssize_t n = ::write(fd, p, size_t(chunk));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (n == 0) {
            errno = ENOSPC;
            return false;
        }
        p += n;
        left -= n;
        if (budget >= 0)
            budget -= n;
    }
    return true;
}

bool syncFile(const QString &path)
{
    const int fd = ::open(native(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    const int saved = errno;
    ::close(fd);
    errno = saved;
    return ok;
}

void syncFolder(const QString &path)
{
    const int fd = ::open(native(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd); // best effort: the rename is already done
        ::close(fd);
    }
}

} // namespace

QString AtomicFile::reason(int e)
{
    switch (e) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        return tr("the disk is full (or the file is larger than allowed)");
    case EROFS:
        return tr("the disk or folder is read-only");
    case EACCES:
    case EPERM:
        return tr("you do not have permission to write there");
    case ENOENT:
    case ENOTDIR:
        return tr("the folder does not exist");
    case EISDIR:
        return tr("a folder has that name");
    case EBUSY:
    case ETXTBSY:
        return tr("the file is in use by another program");
    case EIO:
        return tr("the disk reported an input/output error");
    default:
        return QString::fromLocal8Bit(std::strerror(e));
    }
}

QString AtomicFile::cannotWrite(const QString &path, int e)
{
    return tr("Cannot write “%1”: %2. The previous file, if any, is unchanged.")
        .arg(QDir::toNativeSeparators(path), reason(e));
}

AtomicFile::AtomicFile(QString path) : m_path(std::move(path)), m_part(m_path + QStringLiteral(".part")) {}

AtomicFile::~AtomicFile()
{
    if (!m_committed)
        QFile::remove(m_part);
}

Status AtomicFile::prepare()
{
    if (QFileInfo(m_path).isDir())
        return Status::failure(cannotWrite(m_path, EISDIR));
    QFile::remove(m_part); // left over from a killed export of the same target
    const int fd = ::open(native(m_part).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0)
        return Status::failure(cannotWrite(m_path, errno));
    ::close(fd);
    return success();
}

Status AtomicFile::commit()
{
    const qint64 budget = faultBudget();
    if (budget >= 0 && QFileInfo(m_part).size() > budget)
        return Status::failure(cannotWrite(m_path, ENOSPC));
    if (!syncFile(m_part))
        return Status::failure(cannotWrite(m_path, errno));
    if (::rename(native(m_part).constData(), native(m_path).constData()) != 0)
        return Status::failure(cannotWrite(m_path, errno));
    m_committed = true;
    syncFolder(m_path);
    return success();
}

Status AtomicFile::write(const QString &path, const QByteArray &data)
{
    AtomicFile file(path);
    if (Status s = file.prepare(); !s)
        return s;
    const int fd = ::open(native(file.m_part).constData(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0)
        return Status::failure(cannotWrite(path, errno));
    const bool written = writeAll(fd, data);
    const int writeError = errno;
    const bool closed = ::close(fd) == 0;
    if (!written || !closed)
        return Status::failure(cannotWrite(path, written ? errno : writeError));
    return file.commit(); // fsync, rename, the folder
}

} // namespace tthc
