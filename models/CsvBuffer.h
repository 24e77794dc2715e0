#pragma once

#include <QByteArray>

#include <cstring>

/**
 * The bytes of one block of CSV rows. A million-row export appends about twelve small
 * pieces per row; QByteArray::append goes through insert() (detach checks and a memmove
 * each time), which was most of the export's cost. Here an append is a bounds check and a
 * memcpy into storage that grows by doubling, handed over as a QByteArray without a copy.
 */
class CsvBuffer
{
public:
    explicit CsvBuffer(qsizetype reserve) { grow(qMax<qsizetype>(reserve, 64)); }

    void append(const char *bytes, qsizetype n)
    {
        std::memcpy(room(n), bytes, size_t(n));
        m_size += n;
    }
    void append(const QByteArray &bytes) { append(bytes.constData(), bytes.size()); }
    void append(char c)
    {
        *room(1) = c;
        ++m_size;
    }
    /// Space for n more bytes at the end; what is written there counts after added(n).
    char *room(qsizetype n)
    {
        if (m_size + n > m_bytes.size())
            grow(m_size + n);
        return m_data + m_size;
    }
    void added(qsizetype n) { m_size += n; }

    qsizetype size() const { return m_size; }
    char *data() { return m_data; }

    /// The bytes written, leaving this buffer empty.
    QByteArray take()
    {
        m_bytes.truncate(m_size);
        QByteArray out = std::move(m_bytes);
        m_bytes = QByteArray();
        m_data = nullptr;
        m_size = 0;
        return out;
    }

private:
    void grow(qsizetype atLeast)
    {
        m_bytes.resize(qMax(atLeast, m_bytes.size() * 2));
        m_data = m_bytes.data();
    }

    QByteArray m_bytes; // its size is the capacity; m_size is what is written
    char *m_data = nullptr;
    qsizetype m_size = 0;
};
