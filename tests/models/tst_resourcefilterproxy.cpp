// Browsing: the search (Korean initial consonants included), the structured filters and the
// natural sorting of ResourceFilterProxy, over an InstanceModel that merges by id underneath.
#include "models/hangulsearch.h"
#include "models/instancemodel.h"
#include "models/resourcefilterproxy.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QStandardItem>
#include <QStandardItemModel>
#include <QTest>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
Instance make(const QString &id, const QString &name, const QString &zone = u"kr1-z01"_s,
              const QString &status = u"active"_s, const QString &os = u"ROCKYLINUX"_s)
{
    Instance in;
    in.id = id;
    in.name = name;
    in.status = status;
    in.zoneId = zone;
    in.flavor.name = u"Standard 2vCore 4GB"_s;
    in.flavor.type = u"standard"_s;
    in.flavor.vcpu = 2;
    in.flavor.memoryGb = 4;
    in.flavor.diskGb = 60;
    in.image.name = u"Rocky Linux 9"_s;
    in.image.osType = os;
    return in;
}

Instance withImage(Instance in, const QString &imageName)
{
    in.image.name = imageName;
    return in;
}

Instance withMemory(Instance in, qint64 gb)
{
    in.flavor.memoryGb = gb;
    return in;
}

//! The names the proxy shows, top to bottom.
QStringList shown(const QAbstractItemModel &proxy)
{
    QStringList out;
    for (int row = 0; row < proxy.rowCount(); ++row)
        out.append(proxy.index(row, int(InstanceModel::Column::Name)).data().toString());
    return out;
}

//! The same names in a fixed order, for comparing sets.
QStringList sortedShown(const QAbstractItemModel &proxy)
{
    QStringList out = shown(proxy);
    out.sort();
    return out;
}

//! Names in the source model that contain \a needle (ASCII, case-insensitively), sorted: what
//! a correct search over the name column must show.
QStringList expectedByName(const InstanceModel &model, const QString &needle)
{
    QStringList out;
    for (const Instance &in : model.items()) {
        if (in.name.contains(needle, Qt::CaseInsensitive))
            out.append(in.name);
    }
    out.sort();
    return out;
}

//! Sets the default locale (which QCollator takes) for one test; empty: leave it.
class DefaultLocale
{
public:
    explicit DefaultLocale(const QString &name)
    {
        if (!name.isEmpty())
            QLocale::setDefault(QLocale(name));
    }
    ~DefaultLocale() { QLocale::setDefault(m_previous); }
    DefaultLocale(const DefaultLocale &) = delete;
    DefaultLocale &operator=(const DefaultLocale &) = delete;

private:
    QLocale m_previous;
};

constexpr int kName = int(InstanceModel::Column::Name);
constexpr int kImage = int(InstanceModel::Column::Image);
constexpr int kMemory = int(InstanceModel::Column::Memory);
} // namespace

class TstResourceFilterProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // HangulSearch on its own.
    void shouldGiveTheInitialConsonantOfASyllable_data();
    void shouldGiveTheInitialConsonantOfASyllable();
    void shouldFindWebServerByItsInitials_data();
    void shouldFindWebServerByItsInitials();

    // The proxy's search.
    void shouldSearchCaseInsensitively_data();
    void shouldSearchCaseInsensitively();
    void shouldNotMatchAJamoQueryAcrossCells();
    void shouldSearchOnlyTheVisibleColumns();

    // Structured filters.
    void shouldFilterByFacets_data();
    void shouldFilterByFacets();
    void shouldCombineFacetsWithTheSearch();
    void shouldListFacetValuesSorted_data();
    void shouldListFacetValuesSorted();

    // Sorting.
    void shouldSortNamesNaturally_data();
    void shouldSortNamesNaturally();
    void shouldSortNumbersByValueThroughSortRole();
    void shouldSortAMemoryColumnByItsNumber();

    // The cached search text follows the source model.
    void shouldRefilterARenamedRowWhileSearching();
    void shouldFollowRowsInsertedAndRemovedWhileFiltered();
    void shouldKeepTheOrderThroughRefreshesAndSearches();
};

void TstResourceFilterProxy::shouldGiveTheInitialConsonantOfASyllable_data()
{
    QTest::addColumn<QString>("syllable");
    QTest::addColumn<QString>("initial");
    QTest::newRow("웹") << u"웹"_s << u"ㅇ"_s;
    QTest::newRow("서") << u"서"_s << u"ㅅ"_s;
    QTest::newRow("버") << u"버"_s << u"ㅂ"_s;
    QTest::newRow("first syllable 가") << u"가"_s << u"ㄱ"_s;
    QTest::newRow("last syllable 힣") << u"힣"_s << u"ㅎ"_s;
    QTest::newRow("double consonant 까") << u"까"_s << u"ㄲ"_s;
    QTest::newRow("double consonant 쌀") << u"쌀"_s << u"ㅆ"_s;
    QTest::newRow("a jamo stays itself") << u"ㅇ"_s << u"ㅇ"_s;
    QTest::newRow("latin stays itself") << u"w"_s << u"w"_s;
    QTest::newRow("digit stays itself") << u"7"_s << u"7"_s;
}

void TstResourceFilterProxy::shouldGiveTheInitialConsonantOfASyllable()
{
    QFETCH(QString, syllable);
    QFETCH(QString, initial);
    QCOMPARE(QString(HangulSearch::initialOf(syllable.at(0))), initial);
}

void TstResourceFilterProxy::shouldFindWebServerByItsInitials_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");
    QTest::newRow("all initials ㅇㅅㅂ") << u"웹서버"_s << u"ㅇㅅㅂ"_s << true;
    QTest::newRow("a syllable then initials 웹ㅅㅂ") << u"웹서버"_s << u"웹ㅅㅂ"_s << true;
    QTest::newRow("abbreviation within a word ㅇㅂ") << u"웹서버"_s << u"ㅇㅂ"_s << true;
    QTest::newRow("middle initials ㅅㅂ") << u"웹서버"_s << u"ㅅㅂ"_s << true;
    QTest::newRow("one initial ㅂ") << u"웹서버"_s << u"ㅂ"_s << true;
    QTest::newRow("inside a longer name") << u"prod-웹서버-01"_s << u"ㅇㅅㅂ"_s << true;
    QTest::newRow("abbreviation inside a longer name") << u"prod-웹서버-01"_s << u"ㅇㅂ"_s << true;
    QTest::newRow("initials then text") << u"웹서버-01"_s << u"ㅇㅅㅂ-01"_s << true;
    QTest::newRow("plain syllables") << u"웹서버"_s << u"서버"_s << true;
    QTest::newRow("wrong order ㅂㅅ") << u"웹서버"_s << u"ㅂㅅ"_s << false;
    QTest::newRow("absent initial ㄱ") << u"웹서버"_s << u"ㄱ"_s << false;
    QTest::newRow("wrong syllable") << u"웹서버"_s << u"웹ㅅㄱ"_s << false;
    QTest::newRow("latin text has no initials") << u"web server"_s << u"ㅇ"_s << false;
    QTest::newRow("abbreviation across two words") << u"웹 서버"_s << u"ㅇㅂ"_s << false;
    QTest::newRow("across a cell boundary") << u"웹\u0001버스"_s << u"ㅇㅂ"_s << false;
    QTest::newRow("plain text") << u"web-01"_s << u"eb-0"_s << true;
    QTest::newRow("plain text absent") << u"web-01"_s << u"db"_s << false;
    QTest::newRow("empty query") << u"웹서버"_s << QString() << true;
}

void TstResourceFilterProxy::shouldFindWebServerByItsInitials()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(bool, found);
    QCOMPARE(HangulSearch::contains(text, query), found);
}

void TstResourceFilterProxy::shouldSearchCaseInsensitively_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("lower case") << u"web"_s << QStringList {u"WEB-03"_s, u"Web-01"_s, u"web-02"_s};
    QTest::newRow("upper case") << u"WEB"_s << QStringList {u"WEB-03"_s, u"Web-01"_s, u"web-02"_s};
    QTest::newRow("mixed case, spaces around")
            << u"  wEb-0  "_s << QStringList {u"WEB-03"_s, u"Web-01"_s, u"web-02"_s};
    QTest::newRow("initials") << u"ㅇㅅㅂ"_s << QStringList {u"웹서버"_s};
    QTest::newRow("abbreviation") << u"ㅇㅂ"_s << QStringList {u"웹서버"_s};
    QTest::newRow("Korean syllables") << u"디비"_s << QStringList {u"디비 서버"_s};
    QTest::newRow("nothing") << u"mail"_s << QStringList {};
}

void TstResourceFilterProxy::shouldSearchCaseInsensitively()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    InstanceModel model;
    ResourceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.merge({make(u"a"_s, u"Web-01"_s), make(u"b"_s, u"web-02"_s), make(u"c"_s, u"WEB-03"_s),
                 make(u"d"_s, u"웹서버"_s), make(u"e"_s, u"디비 서버"_s)});
    proxy.setSearchColumns({kName});
    proxy.setSearchText(query);
    QCOMPARE(proxy.searchText(), query);
    QCOMPARE(sortedShown(proxy), expected);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 5);
}

void TstResourceFilterProxy::shouldNotMatchAJamoQueryAcrossCells()
{
    InstanceModel model;
    ResourceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    // The name ends in ㅇ-syllable 웹 and the next searched cell starts with a ㅂ-syllable.
    model.merge({withImage(make(u"a"_s, u"웹"_s), u"부팅 이미지"_s),
                 withImage(make(u"b"_s, u"we"_s), u"bian"_s),
                 withImage(make(u"c"_s, u"웹버스"_s), u"Ubuntu"_s)});
    proxy.setSearchColumns({kName, kImage});
    proxy.setSearchText(u"ㅇㅂ"_s);
    QCOMPARE(shown(proxy), QStringList {u"웹버스"_s});
    proxy.setSearchText(u"ㅇㅂㅌ"_s); // 웹 | 부팅 only across the boundary
    QCOMPARE(shown(proxy), QStringList {});
    // Plain text neither.
    proxy.setSearchText(u"web"_s);
    QCOMPARE(shown(proxy), QStringList {});
    // Each cell on its own still matches.
    proxy.setSearchText(u"ㅂㅌ"_s);
    QCOMPARE(shown(proxy), QStringList {u"웹"_s});
}

void TstResourceFilterProxy::shouldSearchOnlyTheVisibleColumns()
{
    InstanceModel model;
    ResourceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.merge({withImage(make(u"x1"_s, u"alpha"_s), u"Rocky Linux 9"_s),
                 withImage(make(u"x2"_s, u"rocky-box"_s), u"Ubuntu 22.04"_s),
                 withImage(make(u"x3"_s, u"gamma"_s), u"Ubuntu 22.04"_s)});
    // By default every column is searched.
    proxy.setSearchText(u"rocky"_s);
    QCOMPARE(sortedShown(proxy), (QStringList {u"alpha"_s, u"rocky-box"_s}));
    // The person hid the OS column: only the name is searched now.
    proxy.setSearchColumns({kName});
    QCOMPARE(shown(proxy), QStringList {u"rocky-box"_s});
    // Only the OS column.
    proxy.setSearchColumns({kImage});
    QCOMPARE(shown(proxy), QStringList {u"alpha"_s});
    proxy.setSearchText(u"ubuntu"_s);
    QCOMPARE(sortedShown(proxy), (QStringList {u"gamma"_s, u"rocky-box"_s}));
    // The id column is not visible: an id does not match.
    proxy.setSearchColumns({kName, kImage});
    proxy.setSearchText(u"x1"_s);
    QCOMPARE(shown(proxy), QStringList {});
    // Back to all columns: the id matches.
    proxy.setSearchColumns({});
    QCOMPARE(shown(proxy), QStringList {u"alpha"_s});
}

void TstResourceFilterProxy::shouldFilterByFacets_data()
{
    QTest::addColumn<QStringList>("zones");
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QStringList>("oses");
    QTest::addColumn<QStringList>("expected");
    const QStringList all {u"a1"_s, u"a2"_s, u"b1"_s, u"b2"_s, u"c1"_s};
    QTest::newRow("no filter") << QStringList() << QStringList() << QStringList() << all;
    QTest::newRow("one zone") << QStringList {u"kr1-z01"_s} << QStringList() << QStringList()
                              << QStringList {u"a1"_s, u"a2"_s};
    QTest::newRow("two zones") << QStringList {u"kr1-z01"_s, u"kr2-z01"_s} << QStringList()
                               << QStringList() << QStringList {u"a1"_s, u"a2"_s, u"b1"_s, u"b2"_s};
    QTest::newRow("zone and status")
            << QStringList {u"kr1-z01"_s, u"kr2-z01"_s} << QStringList {u"off"_s} << QStringList()
            << QStringList {u"a2"_s, u"b2"_s};
    QTest::newRow("zone, status and OS")
            << QStringList {u"kr1-z01"_s, u"kr2-z01"_s} << QStringList {u"off"_s}
            << QStringList {u"UBUNTU"_s} << QStringList {u"b2"_s};
    QTest::newRow("status only") << QStringList() << QStringList {u"active"_s, u"work"_s}
                                 << QStringList() << QStringList {u"a1"_s, u"b1"_s, u"c1"_s};
    QTest::newRow("a value no row has")
            << QStringList {u"kr9-z99"_s} << QStringList() << QStringList() << QStringList();
}

void TstResourceFilterProxy::shouldFilterByFacets()
{
    QFETCH(QStringList, zones);
    QFETCH(QStringList, statuses);
    QFETCH(QStringList, oses);
    QFETCH(QStringList, expected);
    InstanceModel model;
    ResourceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.merge({make(u"1"_s, u"a1"_s, u"kr1-z01"_s, u"active"_s, u"ROCKYLINUX"_s),
                 make(u"2"_s, u"a2"_s, u"kr1-z01"_s, u"off"_s, u"ROCKYLINUX"_s),
                 make(u"3"_s, u"b1"_s, u"kr2-z01"_s, u"work"_s, u"UBUNTU"_s),
                 make(u"4"_s, u"b2"_s, u"kr2-z01"_s, u"off"_s, u"UBUNTU"_s),
                 make(u"5"_s, u"c1"_s, u"kr1-z02"_s, u"active"_s, u"UBUNTU"_s)});
    proxy.setFacet(Roles::ZoneFacetRole, zones);
    proxy.setFacet(Roles::StatusFacetRole, statuses);
    proxy.setFacet(Roles::OsFacetRole, oses);
    QCOMPARE(sortedShown(proxy), expected);
    QStringList zoneFacet = proxy.facet(Roles::ZoneFacetRole);
    zoneFacet.sort();
    zones.sort();
    QCOMPARE(zoneFacet, zones);
    // Clearing every facet shows every row again.
    proxy.setFacet(Roles::ZoneFacetRole, {});
    proxy.setFacet(Roles::StatusFacetRole, {});
    proxy.setFacet(Roles::OsFacetRole, {});
    QCOMPARE(proxy.rowCount(), 5);
    QVERIFY(proxy.facet(Roles::ZoneFacetRole).isEmpty());
}

void TstResourceFilterProxy::shouldCombineFacetsWithTheSearch()
{
    InstanceModel model;
    ResourceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.merge({make(u"1"_s, u"web-1"_s, u"kr1-z01"_s), make(u"2"_s, u"web-2"_s, u"kr2-z01"_s),
                 make(u"3"_s, u"db-1"_s, u"kr1-z01"_s)});
    proxy.setSearchColumns({kName});
    proxy.setSearchText(u"web"_s);
    proxy.setFacet(Roles::ZoneFacetRole, {u"kr1-z01"_s});
    QCOMPARE(shown(proxy), QStringList {u"web-1"_s});
    // A row that moves into the chosen zone appears; one that leaves it disappears.
    model.merge({make(u"1"_s, u"web-1"_s, u"kr2-z01"_s), make(u"2"_s, u"web-2"_s, u"kr1-z01"_s),
                 make(u"3"_s, u"db-1"_s, u"kr1-z01"_s)});
    QCOMPARE(shown(proxy), QStringList {u"web-2"_s});
}

void TstResourceFilterProxy::shouldListFacetValuesSorted_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("process locale") << QString();
    QTest::newRow("ko_KR") << u"ko_KR"_s;
}

void TstResourceFilterProxy::shouldListFacetValuesSorted()
{
    QFETCH(QString, locale);
    const DefaultLocale scope(locale);
    InstanceModel model;
    ResourceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QVERIFY(proxy.facetValues(Roles::ZoneFacetRole).isEmpty());
    model.merge({make(u"1"_s, u"a"_s, u"kr2-z01"_s, u"off"_s),
                 make(u"2"_s, u"b"_s, u"kr10-z01"_s, u"active"_s),
                 make(u"3"_s, u"c"_s, u"kr1-z02"_s, u"active"_s),
                 make(u"4"_s, u"d"_s, u"kr1-z01"_s, u"work"_s),
                 make(u"5"_s, u"e"_s, u"kr2-z01"_s, u"active"_s), make(u"6"_s, u"f"_s, QString())});
    // Each value once, sorted naturally (kr2 before kr10), empty values left out.
    QCOMPARE(proxy.facetValues(Roles::ZoneFacetRole),
             (QStringList {u"kr1-z01"_s, u"kr1-z02"_s, u"kr2-z01"_s, u"kr10-z01"_s}));
    QCOMPARE(proxy.facetValues(Roles::StatusFacetRole),
             (QStringList {u"active"_s, u"off"_s, u"work"_s}));
    // The values come from the whole source, not only from the rows a filter lets through.
    proxy.setFacet(Roles::StatusFacetRole, {u"off"_s});
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.facetValues(Roles::ZoneFacetRole).size(), 4);
}

void TstResourceFilterProxy::shouldSortNamesNaturally_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("ascending");
    // The process's own locale (C.UTF-8 under ctest), and the two the console is used in.
    for (const QString &locale : {QString(), u"ko_KR"_s, u"en_US"_s}) {
        const QString where = locale.isEmpty() ? u"process locale"_s : locale;
        QTest::addRow("numbers inside names, %s", qPrintable(where))
                << locale
                << QStringList {u"web-10"_s, u"web-2"_s, u"web-1"_s, u"web-20"_s, u"web-3"_s}
                << QStringList {u"web-1"_s, u"web-2"_s, u"web-3"_s, u"web-10"_s, u"web-20"_s};
        QTest::addRow("case does not matter, %s", qPrintable(where))
                << locale << QStringList {u"beta"_s, u"Gamma"_s, u"alpha"_s, u"Delta"_s}
                << QStringList {u"alpha"_s, u"beta"_s, u"Delta"_s, u"Gamma"_s};
        QTest::addRow("Korean, %s", qPrintable(where))
                << locale << QStringList {u"하늘"_s, u"나무"_s, u"가람"_s, u"다리"_s, u"마루"_s}
                << QStringList {u"가람"_s, u"나무"_s, u"다리"_s, u"마루"_s, u"하늘"_s};
        QTest::addRow("Korean with numbers, %s", qPrintable(where))
                << locale << QStringList {u"웹서버-10"_s, u"웹서버-9"_s, u"디비-2"_s, u"웹서버-1"_s}
                << QStringList {u"디비-2"_s, u"웹서버-1"_s, u"웹서버-9"_s, u"웹서버-10"_s};
    }
}

void TstResourceFilterProxy::shouldSortNamesNaturally()
{
    QFETCH(QString, locale);
    QFETCH(QStringList, names);
    QFETCH(QStringList, ascending);
    const DefaultLocale scope(locale);
    InstanceModel model;
    ResourceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QList<Instance> rows;
    for (int i = 0; i < names.size(); ++i)
        rows.append(make(u"id-%1"_s.arg(i), names.at(i)));
    model.merge(rows);
    proxy.sort(kName, Qt::AscendingOrder);
    QCOMPARE(shown(proxy), ascending);
    proxy.sort(kName, Qt::DescendingOrder);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(shown(proxy), descending);
}

void TstResourceFilterProxy::shouldSortNumbersByValueThroughSortRole()
{
    // The shown text sorts one way, the raw value another: the proxy must use the raw value,
    // as a number (a negative number and a fraction included).
    QStandardItemModel model;
    const QList<std::pair<QString, QVariant>> cells {{u"ten"_s, QVariant(10)},
                                                     {u"minus five"_s, QVariant(qint64(-5))},
                                                     {u"two and a half"_s, QVariant(2.5)},
                                                     {u"three"_s, QVariant(3)},
                                                     {u"a hundred"_s, QVariant(qint64(100))}};
    for (const auto &cell : cells) {
        auto *item = new QStandardItem(cell.first);
        item->setData(cell.second, Roles::SortRole);
        item->setData(cell.first, Roles::IdRole);
        model.appendRow(item);
    }
    ResourceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(0, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order.append(proxy.index(row, 0).data().toString());
    QCOMPARE(order,
             (QStringList {u"minus five"_s, u"two and a half"_s, u"three"_s, u"ten"_s,
                           u"a hundred"_s}));
}

void TstResourceFilterProxy::shouldSortAMemoryColumnByItsNumber()
{
    InstanceModel model;
    ResourceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.merge({withMemory(make(u"1"_s, u"m16"_s), 16), withMemory(make(u"2"_s, u"m4"_s), 4),
                 withMemory(make(u"3"_s, u"m128"_s), 128), withMemory(make(u"4"_s, u"m8"_s), 8),
                 withMemory(make(u"5"_s, u"m32"_s), 32)});
    proxy.sort(kMemory, Qt::AscendingOrder);
    QCOMPARE(shown(proxy), (QStringList {u"m4"_s, u"m8"_s, u"m16"_s, u"m32"_s, u"m128"_s}));
    // Sorting follows a change of value (dynamic sort).
    model.merge({withMemory(make(u"1"_s, u"m16"_s), 256), withMemory(make(u"2"_s, u"m4"_s), 4),
                 withMemory(make(u"3"_s, u"m128"_s), 128), withMemory(make(u"4"_s, u"m8"_s), 8),
                 withMemory(make(u"5"_s, u"m32"_s), 32)});
    QCOMPARE(shown(proxy), (QStringList {u"m4"_s, u"m8"_s, u"m32"_s, u"m128"_s, u"m16"_s}));
}

void TstResourceFilterProxy::shouldRefilterARenamedRowWhileSearching()
{
    InstanceModel model;
    ResourceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.merge({make(u"a"_s, u"web-01"_s), make(u"b"_s, u"db-01"_s), make(u"c"_s, u"mail"_s)});
    proxy.setSearchColumns({kName});
    proxy.setSearchText(u"web"_s);
    QCOMPARE(shown(proxy), QStringList {u"web-01"_s});

    // b is renamed into the search, a out of it, in one refresh.
    model.merge({make(u"a"_s, u"api-01"_s), make(u"b"_s, u"web-02"_s), make(u"c"_s, u"mail"_s)});
    QCOMPARE(shown(proxy), QStringList {u"web-02"_s});

    // Renamed into a Korean name found by its initials.
    proxy.setSearchText(u"ㅇㅅㅂ"_s);
    QCOMPARE(shown(proxy), QStringList {});
    model.merge({make(u"a"_s, u"api-01"_s), make(u"b"_s, u"web-02"_s), make(u"c"_s, u"웹서버"_s)});
    QCOMPARE(shown(proxy), QStringList {u"웹서버"_s});
    model.merge({make(u"a"_s, u"api-01"_s), make(u"b"_s, u"web-02"_s), make(u"c"_s, u"메일"_s)});
    QCOMPARE(shown(proxy), QStringList {});

    // The cache holds nothing stale: a new search over the same rows sees the new names.
    proxy.setSearchText(u"api"_s);
    QCOMPARE(shown(proxy), QStringList {u"api-01"_s});
    proxy.setSearchText(u"01"_s);
    QCOMPARE(shown(proxy), QStringList {u"api-01"_s});
    proxy.setSearchText(u"ㅁㅇ"_s);
    QCOMPARE(shown(proxy), QStringList {u"메일"_s});
}

void TstResourceFilterProxy::shouldFollowRowsInsertedAndRemovedWhileFiltered()
{
    InstanceModel model;
    ResourceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSearchColumns({kName});
    proxy.setSearchText(u"web"_s);
    const QStringList queries {u"web"_s, u"db"_s, u"-1"_s, u"x"_s};

    auto check = [&](const char *step) {
        for (const QString &query : queries) {
            proxy.setSearchText(query);
            QVERIFY2(sortedShown(proxy) == expectedByName(model, query),
                     qPrintable(u"%1, search '%2': shown %3, expected %4"_s.arg(
                             QString::fromLatin1(step), query, sortedShown(proxy).join(u','),
                             expectedByName(model, query).join(u','))));
        }
        proxy.setSearchText(u"web"_s);
    };

    model.merge({make(u"1"_s, u"web-1"_s), make(u"2"_s, u"db-1"_s), make(u"3"_s, u"web-2"_s),
                 make(u"4"_s, u"db-2"_s), make(u"5"_s, u"web-3"_s)});
    QCOMPARE(sortedShown(proxy), (QStringList {u"web-1"_s, u"web-2"_s, u"web-3"_s}));
    check("first listing");
    if (QTest::currentTestFailed())
        return;

    // The first rows go away: every row behind them moves up.
    model.merge({make(u"3"_s, u"web-2"_s), make(u"4"_s, u"db-2"_s), make(u"5"_s, u"web-3"_s)});
    QCOMPARE(sortedShown(proxy), (QStringList {u"web-2"_s, u"web-3"_s}));
    check("after removing the first rows");
    if (QTest::currentTestFailed())
        return;

    // New rows arrive, matching and not, while one in the middle goes.
    model.merge({make(u"3"_s, u"web-2"_s), make(u"5"_s, u"web-3"_s), make(u"6"_s, u"xdb-6"_s),
                 make(u"7"_s, u"web-7"_s)});
    QCOMPARE(sortedShown(proxy), (QStringList {u"web-2"_s, u"web-3"_s, u"web-7"_s}));
    check("after inserting and removing");
    if (QTest::currentTestFailed())
        return;

    // Removal and a rename in the same refresh.
    model.merge({make(u"5"_s, u"db-5"_s), make(u"6"_s, u"xdb-6"_s), make(u"7"_s, u"web-7"_s),
                 make(u"8"_s, u"web-8"_s)});
    QCOMPARE(sortedShown(proxy), (QStringList {u"web-7"_s, u"web-8"_s}));
    check("after removing and renaming");
    if (QTest::currentTestFailed())
        return;

    // Everything goes, then comes back.
    model.merge({});
    QCOMPARE(proxy.rowCount(), 0);
    model.merge({make(u"9"_s, u"web-9"_s), make(u"10"_s, u"db-10"_s)});
    QCOMPARE(shown(proxy), QStringList {u"web-9"_s});
    check("after emptying and refilling");
    if (QTest::currentTestFailed())
        return;

    // A profile switch resets the model.
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
    model.merge({make(u"11"_s, u"db-11"_s), make(u"12"_s, u"web-12"_s)});
    QCOMPARE(shown(proxy), QStringList {u"web-12"_s});
    check("after a reset");
}

void TstResourceFilterProxy::shouldKeepTheOrderThroughRefreshesAndSearches()
{
    // The proxy caches each row's collation key and search text; whatever the refreshes and the
    // searches do, what it shows must be what sorting the rows from scratch gives.
    InstanceModel model;
    ResourceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSearchColumns({kName});
    proxy.sort(kName);
    const QCollator collator = ResourceFilterProxy::naturalCollator();
    const QStringList stems {u"web-"_s, u"db-"_s, u"웹서버-"_s, u"Web-"_s, u"api-"_s};

    auto expected = [&](const QString &search, int column) {
        QList<Instance> rows;
        for (const Instance &in : model.items()) {
            if (in.name.contains(search, Qt::CaseInsensitive))
                rows.append(in);
        }
        std::sort(rows.begin(), rows.end(), [&](const Instance &a, const Instance &b) {
            if (column == kMemory && a.flavor.memoryGb != b.flavor.memoryGb)
                return a.flavor.memoryGb < b.flavor.memoryGb;
            const int order = column == kMemory ? 0 : collator.compare(a.name, b.name);
            return order != 0 ? order < 0 : collator.compare(a.id, b.id) < 0;
        });
        QStringList names;
        for (const Instance &in : std::as_const(rows))
            names.append(in.name);
        return names;
    };

    QList<Instance> current;
    int nextId = 0;
    for (int round = 0; round < 30; ++round) {
        // Rename some, drop some, add some: deterministic, scattered through the order.
        for (int i = round % 3; i < current.size(); i += 4)
            current[i].name
                    = stems.at((i + round) % stems.size()) + QString::number((i * 7 + round) % 23);
        for (int i = current.size() - 1 - round % 5; i >= 0; i -= 6)
            current.removeAt(i);
        for (int i = 0; i < 5; ++i) {
            Instance in = withMemory(
                    make(QString::number(nextId),
                         stems.at(nextId % stems.size()) + QString::number(nextId % 17)),
                    (nextId * 5) % 7);
            ++nextId;
            current.append(in);
        }
        model.merge(current);
        const int column = round % 10 < 7 ? kName : kMemory;
        if (proxy.sortColumn() != column)
            proxy.sort(column);
        for (const QString &search : {u""_s, u"w"_s, u"we"_s, u"web-1"_s, u"웹"_s, u""_s}) {
            proxy.setSearchText(search);
            QVERIFY2(
                    shown(proxy) == expected(search, column),
                    qPrintable(u"round %1, search '%2': shown %3, expected %4"_s.arg(round).arg(
                            search, shown(proxy).join(u','), expected(search, column).join(u','))));
        }
    }
}

QTEST_GUILESS_MAIN(TstResourceFilterProxy)
#include "tst_resourcefilterproxy.moc"
