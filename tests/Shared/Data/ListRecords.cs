using Dashboard.Data;
using Dashboard.Data.Entities;
using static Dashboard.Tests.Shared.Data.RecordBuilders;

namespace Dashboard.Tests.Shared.Data;

/// <summary>
/// Small, hand-countable records for the drill-down lists, shared by the query and page tests.
/// <code>
/// craftsman  tier        市州  industry                 year  batch  employer     sample  enterprise
/// 工匠甲      provincial  成都  railway                  2021  3      成都铁路局    no      企业一
/// 工匠乙      provincial  成都  electronic-information   2022  4      示例电子厂    yes
/// 工匠丙      city        成都  railway                  2023         成都铁路局    yes
/// 工匠丁      city        自贡  railway                  2021                      yes
/// 工匠戊      provincial  自贡  electronic-information   2024  5                   no
/// 工匠己      national    成都  railway                  2019                      no
/// 工匠庚      city        泸州  equipment-manufacturing  2022                      yes
/// 工匠辛      city        成都  railway                  2022         成都铁路局    yes
/// 工匠甲 holds 全国劳动模范 2020 and 四川工匠 2021.
///
/// enterprise  市州  industry                 scale  sample
/// 企业一       成都  railway                  above  no
/// 企业二       成都  electronic-information   above  yes
/// 企业三       自贡  railway                  below  yes
///
/// competition  year  level                    sample  entries (workers)
/// 竞赛一        2023  Provincial               no      企业一 (100), 企业二 (50), 企业三 (30)
/// 竞赛二        2024  City                     yes     企业二 (20)
/// 竞赛三        2024  ProvincialDemonstration  no      企业三 (40)
/// 竞赛四        2022  National                 no      -
///
/// studio    level            lead    市州  industry                founded  sample  achievements (year, 元, sample)
/// 工作室甲   Provincial       工匠甲   成都  railway                 2020     no      成果一 2021 1,000,000; 成果二 2023 2,500,000; 成果三 2023 500,000 sample
/// 工作室乙   National                 自贡  electronic-information  2022     yes     成果四 2022 300,000 sample
/// 工作室丙   BelowProvincial          成都  electronic-information  2024     no      -
/// </code>
/// </summary>
public static class ListRecords
{
    public const string Chengdu = "510100";
    public const string Zigong = "510300";
    public const string Luzhou = "510500";
    public const string Railway = "railway";
    public const string Electronics = "electronic-information";

    public static void Add(DashboardDbContext db)
    {
        var e1 = Enterprise("企业一", aboveScale: true, Chengdu, Railway, sample: false);
        var e2 = Enterprise("企业二", aboveScale: true, Chengdu, Electronics, sample: true);
        var e3 = Enterprise("企业三", aboveScale: false, Zigong, Railway, sample: true);

        var lead = Craftsman("工匠甲", "provincial", Chengdu, Railway, 2021, batch: 3, employer: "成都铁路局", sample: false);
        lead.Enterprise = e1;
        lead.Honours.AddRange([
            Honour("全国劳动模范", 2020, sample: false, recipient: "工匠甲", titleEn: "National model worker"),
            Honour("四川工匠", 2021, sample: false, recipient: "工匠甲", titleEn: "Sichuan craftsman"),
        ]);
        db.Craftsmen.AddRange(
            lead,
            Craftsman("工匠乙", "provincial", Chengdu, Electronics, 2022, batch: 4, employer: "示例电子厂", sample: true),
            Craftsman("工匠丙", "city", Chengdu, Railway, 2023, batch: null, employer: "成都铁路局", sample: true),
            Craftsman("工匠丁", "city", Zigong, Railway, 2021, batch: null, employer: null, sample: true),
            Craftsman("工匠戊", "provincial", Zigong, Electronics, 2024, batch: 5, employer: null, sample: false),
            Craftsman("工匠己", "national", Chengdu, Railway, 2019, batch: null, employer: null, sample: false),
            Craftsman("工匠庚", "city", Luzhou, "equipment-manufacturing", 2022, batch: null, employer: null, sample: true),
            Craftsman("工匠辛", "city", Chengdu, Railway, 2022, batch: null, employer: "成都铁路局", sample: true));

        db.Competitions.AddRange(
            Competition("竞赛一", 2023, CompetitionLevel.Provincial, sample: false, Entry(e1, 100), Entry(e2, 50), Entry(e3, 30)),
            Competition("竞赛二", 2024, CompetitionLevel.City, sample: true, Entry(e2, 20)),
            Competition("竞赛三", 2024, CompetitionLevel.ProvincialDemonstration, sample: false, Entry(e3, 40)),
            Competition("竞赛四", 2022, CompetitionLevel.National, sample: false));

        db.InnovationStudios.AddRange(
            Studio("工作室甲", StudioLevel.Provincial, craftsmanLed: true, sample: false, lead, Chengdu, Railway, 2020,
                Achievement(2021, AchievementCategory.FiveSmall, 1_000_000, sample: false, title: "成果一"),
                Achievement(2023, AchievementCategory.TechnicalInnovation, 2_500_000, sample: false, title: "成果二"),
                Achievement(2023, AchievementCategory.RationalisationProposal, 500_000, sample: true, title: "成果三")),
            Studio("工作室乙", StudioLevel.National, craftsmanLed: false, sample: true, null, Zigong, Electronics, 2022,
                Achievement(2022, AchievementCategory.FiveSmall, 300_000, sample: true, title: "成果四")),
            Studio("工作室丙", StudioLevel.BelowProvincial, craftsmanLed: false, sample: false, null, Chengdu, Electronics, 2024));
    }
}
