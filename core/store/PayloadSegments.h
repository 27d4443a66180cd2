#pragma once

#include "core/decode/RawMessage.h"

#include <QByteArray>
#include <QString>

#include <cstdlib>
#include <memory>
#include <optional>
#include <vector>

namespace alertdeck::store {

// Raw payloads and Kafka headers live in append-only segment files beside the database, so the
// indexed rows stay small (SQLite ingest slows several-fold with a 1 KB blob in every row). A row
// holds (segment, offset, lengths); bytes are flushed to disk before the transaction that references
// them commits, so a committed row never points at data a crash could lose. Bytes written by a
// transaction that then failed are unreferenced and get overwritten by the next append.
class PayloadSegments
{
public:
    struct Piece
    {
        const char *data;
        qint64 size;
    };

    // Bypass: direct I/O where the file system has it; PageCache: always through the page cache.
    enum class Caching { Bypass, PageCache };

    explicit PayloadSegments(QString directory, Caching caching = Caching::Bypass);
    ~PayloadSegments();
    PayloadSegments(const PayloadSegments &) = delete;
    PayloadSegments &operator=(const PayloadSegments &) = delete;

    static QString directoryFor(const QString &databasePath);

    // Writes the pieces back to back at `offset` of `segment` and waits until they are on disk.
    bool write(qint64 segment, qint64 offset, const std::vector<Piece> &pieces, QString *error);
    std::optional<QByteArray> read(qint64 segment, qint64 offset, qint64 length, QString *error) const;
    void remove(qint64 segment) const;
    // Whether the segment being written bypasses the page cache (not on file systems without direct I/O).
    bool writesDirectly() const { return m_fd >= 0 && m_direct; }
    // Segment ids of the files present, for removing files a crash left behind.
    std::vector<qint64> filesPresent() const;

    // Appends the headers' encoding to `out` (nothing for no headers); returns the bytes added.
    static qint64 appendHeaders(QByteArray *out, const decode::MessageHeaders &headers);
    static std::optional<decode::MessageHeaders> decodeHeaders(const QByteArray &bytes);

private:
    struct FreeDeleter
    {
        void operator()(char *block) const { std::free(block); }
    };

    QString pathOf(qint64 segment) const;
    QString writeFailure(qint64 segment, const QString &reason) const;
    QString readFailure(qint64 segment, const QString &reason) const;
    bool openForWriting(qint64 segment, QString *error);
    bool writeDirect(qint64 segment, qint64 offset, const std::vector<Piece> &pieces, QString *error);
    bool writeBuffered(qint64 segment, qint64 offset, const std::vector<Piece> &pieces, QString *error);
    bool stageHead(qint64 segment, qint64 blockStart, qint64 headBytes, QString *error);
    bool writeAll(qint64 segment, const char *data, qint64 size, qint64 offset, QString *error);
    bool sync(qint64 segment, QString *error);

    QString m_directory;
    Caching m_caching;
    qint64 m_openSegment = -1;
    int m_fd = -1;
    bool m_direct = false;
    // Direct writes go through this block-aligned buffer; its last partial block is what the next
    // append at m_stagedEnd must write again in front of its own bytes.
    std::unique_ptr<char, FreeDeleter> m_staging;
    qint64 m_stagingCapacity = 0;
    qint64 m_stagedSegment = -1;
    qint64 m_stagedEnd = -1;
    std::vector<char> m_tailBlock;
};

} // namespace alertdeck::store
