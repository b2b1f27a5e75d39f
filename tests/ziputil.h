#pragma once
// Reading back the zip packages the reports write (DOCX, XLSX) in tests, with libzip.
#include <zip.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ziputil {

inline QStringList entries(const QString &path)
{
    QStringList out;
    int err = 0;
    zip_t *z = zip_open(path.toUtf8().constData(), ZIP_RDONLY, &err);
    if (!z)
        return out;
    const zip_int64_t n = zip_get_num_entries(z, 0);
    for (zip_int64_t i = 0; i < n; ++i)
        out << QString::fromUtf8(zip_get_name(z, zip_uint64_t(i), 0));
    zip_close(z);
    return out;
}

// The bytes of one entry; empty when the package or the entry is missing.
inline QByteArray entry(const QString &path, const QString &name)
{
    QByteArray out;
    int err = 0;
    zip_t *z = zip_open(path.toUtf8().constData(), ZIP_RDONLY, &err);
    if (!z)
        return out;
    zip_stat_t st;
    if (zip_stat(z, name.toUtf8().constData(), 0, &st) == 0) {
        if (zip_file_t *f = zip_fopen(z, name.toUtf8().constData(), 0)) {
            out.resize(qsizetype(st.size));
            const zip_int64_t read = zip_fread(f, out.data(), st.size);
            out.resize(read < 0 ? 0 : qsizetype(read));
            zip_fclose(f);
        }
    }
    zip_close(z);
    return out;
}

} // namespace ziputil
