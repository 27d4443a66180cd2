#include "PayloadSegments.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <limits.h>
#include <sys/uio.h>
#include <unistd.h>

namespace alertdeck::store {
namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// A new file's directory entry must reach the disk too, or the file itself can vanish at power loss.
void syncDirectory(const QString &directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

constexpr quint32 kNullValue = 0xffffffffu;
// Alignment of direct I/O: a multiple of every logical block size in use.
constexpr qint64 kDirectBlock = 4096;

} // namespace

PayloadSegments::PayloadSegments(QString directory, Caching caching)
    : m_directory(std::move(directory)), m_caching(caching)
{
}

PayloadSegments::~PayloadSegments()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QString PayloadSegments::directoryFor(const QString &databasePath)
{
    return databasePath + QStringLiteral("-payloads");
}

QString PayloadSegments::pathOf(qint64 segment) const
{
    return m_directory + QStringLiteral("/%1.seg").arg(segment, 8, 10, QLatin1Char('0'));
}

QString PayloadSegments::writeFailure(qint64 segment, const QString &reason) const
{
    return QCoreApplication::translate("AlertDeck", "cannot write payload file %1: %2").arg(pathOf(segment), reason);
}

QString PayloadSegments::readFailure(qint64 segment, const QString &reason) const
{
    return QCoreApplication::translate("AlertDeck", "cannot read payload file %1: %2").arg(pathOf(segment), reason);
}

bool PayloadSegments::openForWriting(qint64 segment, QString *error)
{
    if (m_openSegment == segment && m_fd >= 0)
        return true;
    if (m_fd >= 0)
        ::close(m_fd);
    m_openSegment = -1;
    QDir().mkpath(m_directory);
    const QString path = pathOf(segment);
    const bool existed = QFileInfo::exists(path);
    const QByteArray name = QFile::encodeName(path);
    // Direct I/O where the file system has it (see writeDirect()).
    m_direct = m_caching == Caching::Bypass;
    m_fd = m_direct ? ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_DIRECT, 0644) : -1;
    if (m_fd < 0 && (!m_direct || errno == EINVAL)) {
        m_direct = false;
        m_fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    }
    if (m_fd < 0) {
        *error = QCoreApplication::translate("AlertDeck", "cannot open payload file %1: %2")
                     .arg(path, systemError());
        return false;
    }
    if (!existed)
        syncDirectory(m_directory);
    m_openSegment = segment;
    return true;
}

bool PayloadSegments::write(qint64 segment, qint64 offset, const std::vector<Piece> &pieces,
                            QString *error)
{
    if (!openForWriting(segment, error))
        return false;
    if (m_direct)
        return writeDirect(segment, offset, pieces, error);
    return writeBuffered(segment, offset, pieces, error);
}

// Payloads are written once and read back rarely (the detail pane), so they bypass the page cache:
// copying ~1 GB per million alerts into it, tracking, writing back and then dropping those pages cost
// the ingest ~7% of its CPU (measured by leaving the payload writes out). The device reads the bytes
// from one reused block-aligned buffer instead. Appends start anywhere in a block, so the block's
// bytes before `offset` (those of earlier, committed appends) are written again, unchanged, in front.
bool PayloadSegments::writeDirect(qint64 segment, qint64 offset, const std::vector<Piece> &pieces,
                                  QString *error)
{
    qint64 bytes = 0;
    for (const Piece &piece : pieces)
        bytes += piece.size;
    if (bytes == 0)
        return true; // empty payloads without headers: nothing to put on disk
    const qint64 blockStart = offset - offset % kDirectBlock;
    const qint64 head = offset - blockStart;
    const qint64 used = head + bytes;
    const qint64 padded = (used + kDirectBlock - 1) / kDirectBlock * kDirectBlock;
    if (padded > m_stagingCapacity) {
        m_staging.reset(static_cast<char *>(std::aligned_alloc(kDirectBlock, size_t(padded))));
        m_stagingCapacity = m_staging ? padded : 0;
        m_stagedSegment = -1;
        if (!m_staging) {
            *error = writeFailure(segment, QString::fromLocal8Bit(std::strerror(ENOMEM)));
            return false;
        }
    }
    char *buffer = m_staging.get();
    if (head > 0 && !stageHead(segment, blockStart, head, error))
        return false;
    char *at = buffer + head;
    for (const Piece &piece : pieces) {
        if (piece.size > 0)
            std::memcpy(at, piece.data, size_t(piece.size));
        at += piece.size;
    }
    std::memset(buffer + used, 0, size_t(padded - used));
    m_stagedSegment = -1;
    if (!writeAll(segment, buffer, padded, blockStart, error) || !sync(segment, error))
        return false;
    const qint64 tailStart = used / kDirectBlock * kDirectBlock;
    m_tailBlock.assign(buffer + tailStart, buffer + used);
    m_stagedSegment = segment;
    m_stagedEnd = offset + bytes;
    return true;
}

// Puts the first `headBytes` of the block at `blockStart` in front of the staging buffer: from the
// previous append when this one continues it, else from the file (after a restart or a failed append).
bool PayloadSegments::stageHead(qint64 segment, qint64 blockStart, qint64 headBytes, QString *error)
{
    char *buffer = m_staging.get();
    if (m_stagedSegment == segment && m_stagedEnd == blockStart + headBytes
        && qint64(m_tailBlock.size()) == headBytes) {
        std::memcpy(buffer, m_tailBlock.data(), m_tailBlock.size());
        return true;
    }
    ssize_t got = -1;
    do {
        got = ::pread(m_fd, buffer, size_t(kDirectBlock), blockStart);
    } while (got < 0 && errno == EINTR);
    if (got < 0) {
        *error = readFailure(segment, systemError());
        return false;
    }
    if (got < headBytes)
        std::memset(buffer + got, 0, size_t(headBytes - got));
    return true;
}

bool PayloadSegments::writeAll(qint64 segment, const char *data, qint64 size, qint64 offset, QString *error)
{
    while (size > 0) {
        const ssize_t written = ::pwrite(m_fd, data, size_t(size), offset);
        if (written < 0 && errno == EINVAL && m_direct) {
            // A file system that opened the file for direct I/O but refuses this write (or the rest of
            // a short one, no longer aligned): go on through the page cache.
            m_direct = ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) & ~O_DIRECT) != 0;
            if (!m_direct)
                continue;
        }
        if (written < 0) {
            if (errno == EINTR)
                continue;
            *error = writeFailure(segment, systemError());
            return false;
        }
        data += written;
        size -= written;
        offset += written;
    }
    return true;
}

bool PayloadSegments::writeBuffered(qint64 segment, qint64 offset, const std::vector<Piece> &pieces,
                                    QString *error)
{
    std::vector<iovec> vectors;
    vectors.reserve(pieces.size());
    for (const Piece &piece : pieces) {
        if (piece.size > 0)
            vectors.push_back({const_cast<char *>(piece.data), size_t(piece.size)});
    }
    const qint64 start = offset;
    size_t next = 0;
    while (next < vectors.size()) {
        const int count = int(std::min<size_t>(IOV_MAX, vectors.size() - next));
        const ssize_t written = ::pwritev(m_fd, vectors.data() + next, count, offset);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            *error = writeFailure(segment, systemError());
            return false;
        }
        offset += written;
        // A short write leaves part of a vector unwritten: advance through what was taken.
        size_t left = size_t(written);
        while (next < vectors.size() && left >= vectors[next].iov_len)
            left -= vectors[next++].iov_len;
        if (left > 0) {
            vectors[next].iov_base = static_cast<char *>(vectors[next].iov_base) + left;
            vectors[next].iov_len -= left;
        }
    }
    if (!sync(segment, error))
        return false;
    // Without direct I/O, drop the pages now they are on disk, so a long ingest does not fill memory
    // with them (measured: once a 10M-alert run had filled the page cache, page reclaim cut ingest
    // from 289k to 127k alerts/s).
    ::posix_fadvise(m_fd, start, offset - start, POSIX_FADV_DONTNEED);
    return true;
}

bool PayloadSegments::sync(qint64 segment, QString *error)
{
    // Direct I/O bypasses the page cache, not the device's cache or the file's new size: both need this.
    if (::fdatasync(m_fd) == 0)
        return true;
    *error = QCoreApplication::translate("AlertDeck", "cannot flush payload file %1: %2")
                 .arg(pathOf(segment), systemError());
    return false;
}

std::optional<QByteArray> PayloadSegments::read(qint64 segment, qint64 offset, qint64 length,
                                                QString *error) const
{
    QFile file(pathOf(segment));
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset)) {
        if (error) {
            *error = readFailure(segment, file.errorString());
        }
        return std::nullopt;
    }
    QByteArray bytes = file.read(length);
    if (bytes.size() != length) {
        if (error) {
            *error = QCoreApplication::translate("AlertDeck", "payload file %1 is shorter than recorded")
                         .arg(file.fileName());
        }
        return std::nullopt;
    }
    return bytes;
}

void PayloadSegments::remove(qint64 segment) const
{
    QFile::remove(pathOf(segment));
}

std::vector<qint64> PayloadSegments::filesPresent() const
{
    std::vector<qint64> ids;
    const QStringList names = QDir(m_directory).entryList({QStringLiteral("*.seg")}, QDir::Files);
    for (const QString &name : names) {
        bool ok = false;
        const qint64 id = name.chopped(4).toLongLong(&ok);
        if (ok)
            ids.push_back(id);
    }
    return ids;
}

// Headers as big-endian length-prefixed fields: count, then key and value of each.
qint64 PayloadSegments::appendHeaders(QByteArray *out, const decode::MessageHeaders &headers)
{
    if (headers.isEmpty())
        return 0;
    const qsizetype start = out->size();
    auto appendLength = [out](quint32 length) {
        const quint32 bigEndian = qToBigEndian(length);
        out->append(reinterpret_cast<const char *>(&bigEndian), sizeof bigEndian);
    };
    appendLength(quint32(headers.size()));
    for (const auto &[key, value] : headers) {
        appendLength(quint32(key.size()));
        out->append(key);
        // Kafka distinguishes a null header value from an empty one; so do we.
        appendLength(value.isNull() ? kNullValue : quint32(value.size()));
        out->append(value);
    }
    return out->size() - start;
}

std::optional<decode::MessageHeaders> PayloadSegments::decodeHeaders(const QByteArray &bytes)
{
    decode::MessageHeaders headers;
    qsizetype pos = 0;
    auto readLength = [&](quint32 *length) {
        if (bytes.size() - pos < 4)
            return false;
        *length = qFromBigEndian<quint32>(bytes.constData() + pos);
        pos += 4;
        return true;
    };
    auto readField = [&](QByteArray *field, bool nullable) {
        quint32 length = 0;
        if (!readLength(&length))
            return false;
        if (nullable && length == kNullValue) {
            *field = QByteArray();
            return true;
        }
        if (bytes.size() - pos < qsizetype(length))
            return false;
        *field = length == 0 ? QByteArray("") : bytes.mid(pos, length);
        pos += length;
        return true;
    };
    quint32 count = 0;
    if (bytes.isEmpty())
        return headers;
    if (!readLength(&count))
        return std::nullopt;
    for (quint32 i = 0; i < count; ++i) {
        decode::MessageHeader header;
        if (!readField(&header.first, false) || !readField(&header.second, true))
            return std::nullopt;
        headers.append(header);
    }
    return headers;
}

} // namespace alertdeck::store
