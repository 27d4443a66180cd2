#pragma once

#include "core/decode/RawMessage.h"

#include <QByteArray>
#include <QString>

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

    explicit PayloadSegments(QString directory);
    ~PayloadSegments();
    PayloadSegments(const PayloadSegments &) = delete;
    PayloadSegments &operator=(const PayloadSegments &) = delete;

    static QString directoryFor(const QString &databasePath);

    // Writes the pieces back to back at `offset` of `segment` and waits until they are on disk.
    bool write(qint64 segment, qint64 offset, const std::vector<Piece> &pieces, QString *error);
    std::optional<QByteArray> read(qint64 segment, qint64 offset, qint64 length, QString *error) const;
    void remove(qint64 segment) const;
    // Segment ids of the files present, for removing files a crash left behind.
    std::vector<qint64> filesPresent() const;

    // Appends the headers' encoding to `out` (nothing for no headers); returns the bytes added.
    static qint64 appendHeaders(QByteArray *out, const decode::MessageHeaders &headers);
    static std::optional<decode::MessageHeaders> decodeHeaders(const QByteArray &bytes);

private:
    QString pathOf(qint64 segment) const;
    bool openForWriting(qint64 segment, QString *error);

    QString m_directory;
    qint64 m_openSegment = -1;
    int m_fd = -1;
};

} // namespace alertdeck::store
