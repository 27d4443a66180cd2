#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace alertdeck::decode {

// The last few values a thread derived from some text, found again by that text. A stream sends the
// same few $schema URLs, missions and alert types notice after notice; deriving them once and sharing
// the result (a QString is shared by reference) saves a parse and one or two allocations per field.
// Meant to be thread_local: no locking.
template <typename Value, std::size_t Size = 8>
class RecentValues
{
public:
    template <typename Derive>
    const Value &get(std::string_view key, Derive derive)
    {
        for (const Entry &entry : m_entries) {
            if (entry.used && entry.key == key)
                return entry.value;
        }
        Entry &entry = m_entries[m_next++ % Size];
        entry.key.assign(key);
        entry.value = derive();
        entry.used = true;
        return entry.value;
    }

private:
    struct Entry
    {
        std::string key;
        Value value{};
        bool used = false;
    };
    std::array<Entry, Size> m_entries;
    std::size_t m_next = 0;
};

} // namespace alertdeck::decode
