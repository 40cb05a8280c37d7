#pragma once

#include <QByteArray>
#include <QString>

#include <catch2/catch.hpp>

// Lets Catch print QString and QByteArray values in failure messages.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template <>
struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
