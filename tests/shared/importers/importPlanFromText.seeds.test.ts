import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlanFromText } from '../../../shared/importers/importPlanFromText';
import { SEED_MANIFEST } from '../../../seeds/manifest';

// Every seed table, row by row, as the importer reads the verbatim excerpts (before
// seeds/overrides.ts). Checked by hand against source-docs 000 (lines 150–651, 836–1015),
// 001 (lines 350–777, 825–1051) and 002 (lines 290–346, 406–449).
// Main rows: category, name, unit, baseRaw, targetRaw, growthRaw, attribute, target kind.
// Completion rows add the 2020 actual, the actual growth and the verdict before the kind.
type Row = readonly string[];

// prettier-ignore
const JDZ_14: readonly Row[] = [
  ['综合质效','地区生产总值（GDP）','亿元','957.14','1200','7 左右','预期性','levelWithGrowth'],
  ['综合质效','全员劳动生产率','万元/人','9.02','12.65','7 左右','预期性','levelWithGrowth'],
  ['综合质效','规模以上工业增加值增速','%','[7.66]','--','7 左右','预期性','growthRate'],
  ['综合质效','固定资产投资增速','%','[11.4]','--','8 左右','预期性','growthRate'],
  ['综合质效','社会消费品零售总额','亿元','467.72','680','8 左右','预期性','levelWithGrowth'],
  ['综合质效','粮食综合生产能力','亿斤','10.99','11 左右','保持稳定','约束性','keepStable'],
  ['综合质效','能源综合生产能力','亿吨标准煤','--','--','--','约束性','judgment'],
  ['创新驱动','研发经费支出','亿元','21.5','35','10 左右','预期性','levelWithGrowth'],
  ['创新驱动','每万人口高价值发明专利拥有量','件','5.8','8','[2.2]','预期性','cumulativeChange'],
  ['创新驱动','数字经济核心产业增加值占GDP比重','%','4.2','7 左右','--','预期性','level'],
  ['协调发展','三产比例','%','7.1:43.1:49.8','6.5:41.5:52','--','预期性','structure'],
  ['协调发展','城乡居民人均可支配收入比','%','2.19','2.14','[0.05]','预期性','cumulativeChange'],
  ['协调发展','常住人口城镇化率','%','68.05*','--','[3 左右]','预期性','cumulativeChange'],
  ['改革开放','进出口总额','亿元','66.46','86','5.3 左右','预期性','levelWithGrowth'],
  ['改革开放','实际利用外资','亿美元','2.51','3.2','5 左右','预期性','levelWithGrowth'],
  ['绿色生态','耕地保有量','万亩','--','确保数量不减，质量提升','','约束性','judgment'],
  ['绿色生态','单位GDP建设用地使用面积降幅','%','--','--','[18-22]','预期性','cumulativeReduction'],
  ['绿色生态','单位GDP能源消耗降幅','%','[16]','--','--','约束性','judgment'],
  ['绿色生态','非化石能源占一次能源消费比重','%','11','--','--','约束性','judgment'],
  ['绿色生态','单位GDP二氧化碳排放降幅','%','--','--','--','约束性','judgment'],
  ['绿色生态','县级及以上城市空气质量优良天数比例','%','99.7','--','--','约束性','judgment'],
  ['绿色生态','省考断面地表水达到或好于Ⅲ类水体比例','%','100','--','--','约束性','judgment'],
  ['绿色生态','森林覆盖率','%','66.98*','--','保持稳定','约束性','keepStable'],
  ['民生福祉','居民人均可支配收入','元','33632','46000','6.5 左右','预期性','levelWithGrowth'],
  ['民生福祉','城镇登记失业率','%','3.12','--','4.5 以内','约束性','ceiling'],
  ['民生福祉','劳动年龄人口平均受教育年限','年','9.96','10.66','[0.7]','约束性','cumulativeChange'],
  ['民生福祉','每千人口拥有执业（助理）医师数','人','2.29','2.89','[0.6]','预期性','cumulativeChange'],
  ['民生福祉','基本养老保险参保率','','96.5','96.5','--','预期性','level'],
  ['民生福祉','每千人口拥有0-3岁婴幼儿托位数','个','1.26','3.6','[2.34]','预期性','cumulativeChange'],
  ['民生福祉','人均预期寿命','岁','76.43','77.23','[0.8]','预期性','cumulativeChange'],
  ['民生福祉','公众安全感','%','99.06','99.16','[0.1]','预期性','cumulativeChange'],
];
// prettier-ignore
const JDZ_13C: readonly Row[] = [
  ['','地区生产总值','亿元','780.4','1200','8.5','预期性','957.14','7.4','基本完成或接近完成','levelWithGrowth'],
  ['','财政总收入','亿元','111.6','180','10','预期性','140.27','4.7','基本完成或接近完成','levelWithGrowth'],
  ['','500万元以上固定资产投资','亿元','691','1200','12','预期性','--','11.4','基本完成或接近完成','levelWithGrowth'],
  ['','社会消费品零售总额','亿元','269.6','435','10.5','预期性','467.72','9.5','全面完成','levelWithGrowth'],
  ['','进出口总额','亿美元','8.02','9.63','3','预期性','66.46 亿元（人民币）','5.8','全面完成','levelWithGrowth'],
  ['','实际利用外资','亿美元','1.76','2.51','8','预期性','2.51','8 左右','全面完成','levelWithGrowth'],
  ['','三产比例','%','7.3:57:35.7','5:53:42','--','预期性','7.1：43.1：49.8','--','提前完成','structure'],
  ['','互联网普及率','%','72.6','80','[7.4]','预期性','100','[27.4]','全面完成','cumulativeChange'],
  ['','科技进步贡献率','%','56.2','60','[3.8]','预期性','61','[4.8]','全面完成','cumulativeChange'],
  ['','研究与试验发展经费投入强度','%','1.63','2.2','[0.57]','预期性','2.2','[0.57]','全面完成','cumulativeChange'],
  ['','常住人口城镇化率','%','65.3','69','[3.7]','预期性','68.05*','--','预计全面完成','cumulativeChange'],
  ['','户籍人口城镇化率','%','40','46','[6]','约束性','49.46','[9.46]','提前完成','cumulativeChange'],
  // 000 lines 313 and 326: `[9]` / `[10]` (元) are average growth rates, 29288 × 1.09^5 ≈ 45000 and
  // 12817 × 1.10^5 ≈ 21000, not changes of 9 元 (bracketGrowthRule.ts).
  ['','城镇人均可支配收入','元','29288','45000','[9]','预期性','42283','[7.6]','基本完成或接近完成','levelWithGrowth'],
  ['','农民人均可支配收入','元','12817','21000','[10]','预期性','19297','[8.5]','基本完成或接近完成','levelWithGrowth'],
  ['','城镇新增就业人数','万人','3.1','--','[17]','预期性','1.77','[13.34]','基本完成或接近完成','cumulativeChange'],
  ['','基本养老保险参保率','%','95','96','[1]','预期性','96.5','[1.5]','全面完成','cumulativeChange'],
  ['','人均预期寿命','岁','74.9','76.4','[1.5]','预期性','76.43','[1.53]','全面完成','cumulativeChange'],
  ['','主要劳动年龄人口平均受教育年限','年','9.53','13.8','[3.8]','约束性','9.96','[0.43]','基本完成或接近完成','cumulativeChange'],
  ['','农村贫困人口脱贫','人','--','--','--','约束性','[3296]','[27284]','全面完成','judgment'],
  ['','城镇棚户区住房改造','万套','--','--','--','约束性','0.1982','[3.2775]','提前完成','judgment'],
  ['','新增建设用地规模','万亩','0.63','--','[省下达的目标]','约束性','1.18','[5.19]','基本完成或接近完成','judgment'],
  ['','万元GDP用水量','立方米','106','52','[-54]','约束性','58','[-48]','基本完成或接近完成','cumulativeChange'],
  ['','非化石能源占一次能源消费比重','%','5.4','11','[5.6]','约束性','11','[5.6]','全面完成','cumulativeChange'],
  ['','单位GDP能耗降低','%','[16]','省下达的目标','[16]','约束性','--','[16]','全面完成','cumulativeReduction'],
  ['','单位GDP二氧化碳排放降低','%','[18.47]','省下达的目标','[20]','约束性','--','--','基本完成或接近完成','cumulativeReduction'],
  ['','森林发展/森林覆盖率','%','65 以上','65以上','稳定','约束性','66.98*','稳定','全面完成','keepStable'],
  ['','森林蓄积量','万立方米','1947.1','2100','稳定','约束性','2927*','稳定','全面完成','keepStable'],
  ['','主要河流监测断面Ⅲ类以上水质比重','%','80','85','[5]','约束性','100','[20]','提前完成','cumulativeChange'],
  ['','空气质量/县级及以上城市细颗粒物（PM2.5）浓度下降','%','--','22.2','22.2','约束性','44.4','44.4','全面完成','cumulativeReduction'],
  ['','县级及以上城市空气质量优良天数比率','%','90.1','94.5','--','约束性','99.7','--','全面完成','level'],
  ['','城镇生活污水集中处理率','%','80.5','88','[7.5]','约束性','95.6','[15.1]','提前完成','cumulativeChange'],
  ['','城镇生活垃圾无害化处理率','%','85','92','[7]','约束性','100','[15]','提前完成','cumulativeChange'],
  ['','主要污染物排放量减少/COD','','7.5','省下达的目标','[4.3]','约束性','--','[4.73]','全面完成','cumulativeReduction'],
  ['','氨氮','','11.14','','[3.8]','约束性','--','[4.62]','全面完成','cumulativeChange'],
  ['','二氧化硫','','21.94','','[5.29]','约束性','--','[5.29]','全面完成','cumulativeChange'],
  ['','氮氧化物','','18.07','','[2.68]','约束性','--','[2.68]','全面完成','cumulativeChange'],
];
// prettier-ignore
const CJ_14: readonly Row[] = [
  ['综合质效','地区生产总值GDP','亿元','236.8','350','8左右','预期性','levelWithGrowth'],
  ['综合质效','全员劳动生产率','万元/人','','','','预期性','judgment'],
  ['综合质效','规模以上工业增加值增速','%','[ ]','','','预期性','judgment'],
  ['综合质效','固定资产投资增速','%','[ ]','','12左右','预期性','growthRate'],
  ['综合质效','社会消费品零售总额','亿元','110.9','187','11左右','预期性','levelWithGrowth'],
  ['综合质效','粮食综合生产能力','亿斤','','','保持稳定','约束性','keepStable'],
  ['创新驱动','全社会研发投入占GDP比重','%','1.8','2.2','[0.4]','预期性','cumulativeChange'],
  ['创新驱动','每万人高价值发明专利拥有量','件','','','','预期性','judgment'],
  ['创新驱动','数字经济核心产业增加值占GDP比重','%','','','','预期性','judgment'],
  ['协调发展','三产比例','%','3:65:32','2:55:43','','预期性','structure'],
  ['协调发展','城乡居民人均可支配收入比','%','2.18','2.13','[-0.05]','预期性','cumulativeChange'],
  ['协调发展','常住人口城镇化率','%','85','90','[5]','预期性','cumulativeChange'],
  ['改革开放','进出口总额','亿元','','','12左右','预期性','levelWithGrowth'],
  ['改革开放','实际利用外资','万美元','2804','4314','9左右','预期性','levelWithGrowth'],
  ['绿色生态','耕地保有量','%','','确保数量不减,质量提升','','约束性','judgment'],
  ['绿色生态','单位GDP建设用地使用面积降幅','%','','','','预期性','judgment'],
  ['绿色生态','单位GDP能耗降幅','%','','','','约束性','judgment'],
  ['绿色生态','单位GDP二氧化碳排放量降幅','%','','','','约束性','judgment'],
  ['绿色生态','城市空气质量优良天数比例','%','98','','','约束性','judgment'],
  ['绿色生态','地表水达到或好于III类水体比例','%','100','','','约束性','judgment'],
  ['绿色生态','森林覆盖率','%','55.8','55.8','保持稳定','约束性','keepStable'],
  ['民生福祉','城镇居民人均可支配收入','元','67500','','8.5左右','预期性','levelWithGrowth'],
  ['民生福祉','农村居民人均可支配收入','元','31570','','9左右','预期性','levelWithGrowth'],
  ['民生福祉','城镇登记失业率','%','3.4','3','[0.4]','约束性','cumulativeChange'],
  ['民生福祉','劳动年龄人口平均受教育年限','年','','','','约束性','judgment'],
  ['民生福祉','每千人口拥有执业（助理）医师数','人','','','','预期性','judgment'],
  ['民生福祉','基本养老保险参保人数','万人','','','','预期性','judgment'],
  ['民生福祉','每千人口拥有0-3岁婴幼儿托位数','个','','','','预期性','judgment'],
  ['民生福祉','人均预期寿命','岁','','','','预期性','judgment'],
  ['民生福祉','公众安全感','%','','','','预期性','judgment'],
];
// prettier-ignore
const CJ_13C: readonly Row[] = [
  ['经济发展','地区生产总值','亿元','216','326.29','8.6','预期性','236.8','2.37%','','levelWithGrowth'],
  ['经济发展','全社会固定资产投资','亿元','198.2','357.16','12.5','预期性','57.7','12.5','','levelWithGrowth'],
  ['经济发展','社会消费品零售总额','亿元','56.27','93.97','10.8','预期性','110.9','10.8','','levelWithGrowth'],
  ['经济发展','进出口总额','万美元','13450','15592.24','3','预期性','——','3','','levelWithGrowth'],
  ['经济发展','全区财政总收入','亿元','10.68','16.58','9.2','预期性','18.2','9.2','','levelWithGrowth'],
  ['经济发展','一二三产业结构','','3:68:29','3:65:32','——','预期性','3:65:32','——','','structure'],
  ['经济发展','规模工业总产值','亿元','470','763.85','10.2','预期性','——','10.2','','levelWithGrowth'],
  ['经济发展','规模以上工业增加值','亿元','91.76','143.14','9.3','预期性','——','9.3','','levelWithGrowth'],
  ['经济发展','高新技术产业增加值占GDP比重','%','25.2','30.2','[5]','预期性','——','[5]','','cumulativeChange'],
  ['社会进步','城镇化率','%','78','78.4','[0.4]','约束性','——','[0.4]','','cumulativeChange'],
  ['社会进步','全区人口总量','万人','16.1','20','4.4','约束性','——','4.4','','levelWithGrowth'],
  ['社会进步','全区人口自然增长率','%','4.37','4.84','——','预期性','——','——','','level'],
  ['社会进步','高中教育普及率','%','84','95','[11]','约束性','——','[11]','','cumulativeChange'],
  ['民生改善','城镇登记失业率','%','3.4','3.4','——','约束性','——','——','','level'],
  ['民生改善','城镇职工养老保险覆盖率','%','72','100','[28]','约束性','——','[28]','','cumulativeChange'],
  ['民生改善','城市居民人均可支配收入','','30450','46678','9.12','预期性','——','9.12','','levelWithGrowth'],
  ['民生改善','农民人均纯收入','','13268','21888','10.5','预期性','——','10.5','','levelWithGrowth'],
  ['民生改善','新型农村合作医疗参合率','%','100','100','——','约束性','——','——','','level'],
  ['民生改善','新型农村合作养老保险参保率','%','100','100','——','约束性','——','——','','level'],
  ['民生改善','每年新增城镇就业人口','万人','0.317','0.4','21','约束性','——','21','','levelWithGrowth'],
  ['环境优化','万元GDP能耗','吨标煤','0.563','省内下达指标','——','约束性','省内下达指标','——','','judgment'],
  ['环境优化','城镇生活污水集中处理率','%','——','95','——','约束性','——','——','','level'],
  ['环境优化','城镇生活垃圾无害化处理率','%','100','100','——','约束性','——','——','','level'],
  ['环境优化','化学需氧量每年下降','%','0.5','省内下达指标','——','约束性','省内下达指标','——','','judgment'],
  ['环境优化','SO2排放量每年下降','%','0.2','省内下达指标','——','约束性','省内下达指标','——','','judgment'],
  ['环境优化','建成区绿化覆盖概率','%','53.8','55.1','[1.3]','约束性','——','[1.3]','','cumulativeChange'],
  ['环境优化','全区森林覆盖率','%','54.77','55.8','[1.03]','约束性','——','[1.03]','','cumulativeChange'],
  ['环境优化','空气质量达到国家标准的比例','','——','100','——','约束性','——','——','','level'],
];
// prettier-ignore
const FZ_14: readonly Row[] = [
  ['综合质效','地区生产总值（GDP）','亿元','1572.5','2200','7左右','预期性','levelWithGrowth'],
  ['综合质效','全员劳动生产率','万元/人','6.8','9.5','7左右','预期性','levelWithGrowth'],
  ['综合质效','规模以上工业增加值增速','%','[8.3]','-','7左右','预期性','growthRate'],
  ['综合质效','固定资产投资增速','%','[10.9]','-','8左右','预期性','growthRate'],
  ['综合质效','社会消费品零售总额','亿元','539.3','790','8左右','预期性','levelWithGrowth'],
  ['综合质效','粮食综合生产能力','亿斤','52','52','保持稳定','约束性','keepStable'],
  ['综合质效','能源综合生产能力','亿吨标准煤','-','-','-','约束性','judgment'],
  ['创新驱动','研发经费支出','亿元','24','48.5','15','预期性','levelWithGrowth'],
  ['创新驱动','每万人口高价值发明专利拥有量','件','0.95','3.35','[2.4]','预期性','cumulativeChange'],
  ['创新驱动','数字经济核心产业增加值占GDP比重','%','5.1','7.2','[2.1]','预期性','cumulativeChange'],
  ['协调发展','三产比例','%','14.1: 37.4: 48.5','10.9: 38. 1: 51','-','预期性','structure'],
  ['协调发展','城乡居民人均可支配收入比','%','2.11','2.06','[-0.05]','预期性','cumulativeChange'],
  ['协调发展','常住人口城镇化率','%','52.8','60','[7.2]','预期性','cumulativeChange'],
  ['改革开放','进出口总额','亿元','173.87','225','5.3左右','预期性','levelWithGrowth'],
  ['改革开放','实际利用外资','亿美元','4.41','5.6','5左右','预期性','levelWithGrowth'],
  ['绿色生态','耕地保有量','万亩','-','确保数量不减,质量提升','','约束性','judgment'],
  ['绿色生态','单位GDP建设用地使用面积降幅','%','-','-','[18-22]','预期性','cumulativeReduction'],
  ['绿色生态','单位GDP能源消耗降幅','%','[14]','-','-','约束性','judgment'],
  ['绿色生态','非化石能源占一次能源消费比重','%','11','-','-','约束性','judgment'],
  ['绿色生态','单位GDP二氧化碳排放降幅','%','-','-','-','约束性','judgment'],
  ['绿色生态','县级及以上城市空气质量优良天数比例','%','90','-','-','约束性','judgment'],
  ['绿色生态','地表水达到或好于III类水体比例','%','90.9','-','-','约束性','judgment'],
  ['绿色生态','森林覆盖率','%','66.3','-','保持稳定','约束性','keepStable'],
  ['民生福祉','居民人均可支配收入','元','26013','35976','6.7左右','预期性','levelWithGrowth'],
  ['民生福祉','城镇调查失业率','%','-','-','5.5左右','预期性','ceiling'],
  ['民生福祉','劳动年龄人口平均受教育年限','年','-','-','[0.7]','约束性','cumulativeChange'],
  ['民生福祉','每千人口拥有执业（助理）医师数','人','2','2.8','[0.8]','预期性','cumulativeChange'],
  ['民生福祉','基本养老保险参保人数','万人','261','265','[4]','预期性','cumulativeChange'],
  ['民生福祉','每千人口拥有0-3岁婴幼儿托位数','个','1.1左右','4.5','[3.4]','预期性','cumulativeChange'],
  ['民生福祉','人均预期寿命','岁','77.2','78.1','[0.9]','预期性','cumulativeChange'],
  ['民生福祉','公众安全感','%','98','98.3','[0.3]','预期性','cumulativeChange'],
];
// prettier-ignore
const FZ_13C: readonly Row[] = [
  ['经济发展','地区生产总值','亿元','1105.14','1800','9.5','预期性','1572.5','7.4','基本完成或接近完成','levelWithGrowth'],
  ['经济发展','财政总收入','亿元','165.2','266','10','预期性','216.6','5.6','基本完成或接近完成','levelWithGrowth'],
  ['经济发展','500万元以上固定资产投资','亿元','1099.67','2100','14','预期性','—','10.9','基本完成或接近完成','levelWithGrowth'],
  ['经济发展','社会消费品零售总额','亿元','428.2','700','11','预期性','539.26','9.8','基本完成或接近完成','levelWithGrowth'],
  ['经济发展','出口总额','亿美元','16.5','21','5','预期性','25.2','9.7','全面完成','levelWithGrowth'],
  ['经济发展','实际利用外资','亿美元','3.8','6','10','预期性','4.41','8.5','基本完成或接近完成','levelWithGrowth'],
  ['转型升级','三产比例','%','16.5:49.7:33.8','13:49:38','—','预期性','14.1:37.4:48.5','—','基本完成或接近完成','structure'],
  ['转型升级','互联网普及率','%','35','80','[45]','预期性','81.6','[46.6]','全面完成','cumulativeChange'],
  ['转型升级','科技进步贡献率','%','50.3','55','[4.7]','预期性','60','[9.7]','提前完成','cumulativeChange'],
  ['转型升级','研究与试验发展（R&D）经费占GDP比重','%','0.41','0.9','[0.49]','预期性','1.5','[1.09]','提前完成','cumulativeChange'],
  ['转型升级','常住人口城镇化率','%','44.9','52','[7.1]','预期性','52.8','[7.9]','全面完成','cumulativeChange'],
  ['转型升级','户籍人口城镇化率','%','—','40','—','约束性','40.1','—','全面完成','level'],
  ['社会民生','全市总人口','万人','400.86','421','0.99','预期性','407.3','0.38','全面完成','levelWithGrowth'],
  ['社会民生','城镇居民人均可支配收入','元','25065','40000','9.5','预期性','36628','7.9','基本完成或接近完成','levelWithGrowth'],
  ['社会民生','农民居民人均可支配收入','元','11441','19000','10.5','预期性','17385','8.7','基本完成或接近完成','levelWithGrowth'],
  ['社会民生','城镇新增就业人数','万人','4.4','4.4','[20以上]','预期性','3.59','[20.97]','全面完成','cumulativeChange'],
  ['社会民生','基本养老保险参保率','%','80','90','[10]','预期性','90','[10]','全面完成','cumulativeChange'],
  ['社会民生','人均预期的寿命','岁','73','74.5','[1.5]','预期性','77.2','[4.2]','提前完成','cumulativeChange'],
  ['社会民生','主要劳动年龄人口平均受教育年限','年','10','11.5','[1.5]','约束性','11.51','[1.51]','全面完成','cumulativeChange'],
  ['社会民生','农村贫困人口脱贫','万人','—','—','[13.9]','约束性','—','实现农村贫困人口全面脱贫','全面完成','cumulativeChange'],
  ['社会民生','城镇棚户区住房改造','套','—','—','[22554]','约束性','13117','[64334]','提前完成','cumulativeChange'],
  ['社会民生','亿元生产总值生产安全事故死亡率','%','0.085','0.059','-6','约束性','0.058','-7.36','全面完成','levelWithGrowth'],
  ['社会民生','工矿商贸企业从业人员十万人生产事故死亡率','%','0.86','0.688','-4','约束性','0.685','-4.45','全面完成','levelWithGrowth'],
  ['生态文明','新增建设用地规模','万亩','—','省下达的目标','省下达的目标','约束性','2','[10.26]','全面完成','judgment'],
  ['生态文明','万元GDP用水量','立方米','—','—','[30]','约束性','148.8(可比价)','[33]','全面完成','cumulativeChange'],
  ['生态文明','非化石能源占一次能源消费比重','%','8','10','[2]','约束性','11','[3]','全面完成','cumulativeChange'],
  ['生态文明','单位GDP能耗降低','%','[13]','—','[14]','约束性','2.89','[14.09]','全面完成','cumulativeReduction'],
  ['生态文明','单位GDP二氧化碳排放降低','%','—','—','[18.5]','约束性','—','截至2019年上升16.3%','未完成','cumulativeReduction'],
  ['生态文明','森林发展/森林覆盖率','%','65.6','65.6以上','持续稳定','约束性','66.3以上','[0.7]','提前完成','keepStable'],
  ['生态文明','森林发展/森林活立木总蓄积量','万立方米','5060','6000','[940]','约束性','7000','[1940]','提前完成','cumulativeChange'],
  ['生态文明','主要河流监测断面Ⅲ类以上水质比重','%','90以上','90以上','持续稳定','约束性','100','[10]','全面完成','keepStable'],
  ['生态文明','空气质量/县级及以上城市细颗粒物（PM2.5）浓度下降','%','—','—','[12]','约束性','—','—','全面完成','cumulativeReduction'],
  ['生态文明','空气质量/县级及以上城市空气质量优良天数比率','%','—','>85','—','约束性','96.9','—','全面完成','floor'],
  ['生态文明','空气质量/城镇生活污水集中处理率（市中心城区）','%','93','95','[2]','约束性','97.8','[4.8]','提前完成','cumulativeChange'],
  ['生态文明','城镇生活垃圾无害化处理率（市中心城区）','%','100','100','持续稳定','约束性','100','持续稳定','全面完成','keepStable'],
  ['生态文明','主要污染物排放量减少/COD','万吨','7.0778','---','下降 [4.3]','约束性','---','下降 [9.76]','全面完成','cumulativeReduction'],
  ['生态文明','主要污染物排放量减少/氨氮','万吨','0.665','---','下降 [3.8]','约束性','---','下降 [7.68]','全面完成','cumulativeReduction'],
  ['生态文明','主要污染物排放量减少/二氧化硫','万吨','2.04','---','下降 [4.84]','约束性','---','下降 [22.18]','全面完成','cumulativeReduction'],
  ['生态文明','氮氧化物','万吨','2.61','---','下降 [2.17]','约束性','---','下降 [13.67]','全面完成','cumulativeReduction'],
];

const EXPECTED: Readonly<Record<string, readonly Row[]>> = {
  'jdz-14': JDZ_14,
  'jdz-13c': JDZ_13C,
  'cj-14': CJ_14,
  'cj-13c': CJ_13C,
  'fz-14': FZ_14,
  'fz-13c': FZ_13C,
};

function importSeed(key: string) {
  const entry = SEED_MANIFEST.find((seed) => seed.key === key);
  if (!entry) throw new Error(key);
  const text = readFileSync(join(__dirname, '../../../seeds/excerpts', `${key}.txt`), 'utf8');
  const result = importPlanFromText(text, entry.options);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('importPlanFromText over the seed excerpts', () => {
  for (const [key, rows] of Object.entries(EXPECTED)) {
    it(`reads exactly the ${rows.length} rows of ${key}`, () => {
      const bundle = importSeed(key);
      const isCompletion = bundle.plan.tableKind === 'completion';
      const actual = bundle.indicators.map((indicator, index) => {
        const assessment = bundle.officialAssessments[index];
        const extra = isCompletion
          ? [assessment?.actualRaw, assessment?.actualGrowthRaw, assessment?.verdictRaw]
          : [];
        return [
          indicator.category,
          indicator.name,
          indicator.unit,
          indicator.baseRaw,
          indicator.targetRaw,
          indicator.growthRaw,
          indicator.attribute,
          ...extra,
          indicator.target.kind,
        ];
      });
      expect(actual).toEqual(rows);
    });
  }

  it('keeps the notes of each table, one item each', () => {
    expect(importSeed('jdz-14').plan.notes).toEqual([
      '2020 年基期值均为预期数',
      '约束性指标具体数值按省下达任务执行',
      '[ ]为五年累计提高或下降数，其中规模以上工业增加值增速、固定资产投资增速为“十三五”平均增速',
      '带*的为 2019 年数据。',
    ]);
    expect(importSeed('cj-13c').plan.notes).toEqual(['[]表示累计提高或下降数。']);
    expect(importSeed('fz-13c').plan.notes).toHaveLength(4);
    expect(importSeed('fz-14').plan.notes[3]).toBe('“耕地保有量”基期值待土地“三调”公布后确定。');
  });

  it('marks base values as estimates, 2019 data and period averages (000)', () => {
    const indicators = importSeed('jdz-14').indicators;
    expect(indicators[0]?.base).toEqual({
      value: 957.14,
      year: 2020,
      isEstimate: true,
      isOtherYear: false,
      isPeriodAverage: false,
      isApproximate: false,
    });
    expect(indicators[12]?.base).toMatchObject({ value: 68.05, year: 2019, isOtherYear: true });
    expect(indicators[2]?.base).toMatchObject({ value: 7.66, isPeriodAverage: true });
  });

  it('imports 2020 actuals with status and the year of a starred value (000 实际数)', () => {
    const bundle = importSeed('jdz-13c');
    expect(bundle.actualValues.filter((value) => value.measure === 'value')).toHaveLength(26);
    expect(bundle.actualValues[0]).toEqual({
      indicatorId: 'seed-jdz-13c/001',
      year: 2020,
      measure: 'value',
      value: 957.14,
      status: '年报数',
      source: '景德镇市“十四五”规划纲要（source-docs 000）',
      note: '',
    });
    const urbanisation = bundle.actualValues.find(
      (value) => value.indicatorId === 'seed-jdz-13c/011',
    );
    expect(urbanisation).toMatchObject({ value: 68.05, year: 2019, note: '带*为2019年数据' });
    const trade = bundle.indicators[4];
    expect(trade?.warnings.map((warning) => warning.cellText)).toEqual(['66.46 亿元（人民币）']);
  });

  // 000 lines 150–651, column 实际累计或年均增长: numbers are official average growth, brackets the
  // achieved change; the income rows' brackets are growth rates like their planned ones.
  it('imports the 实际累计或年均增长 column as averageGrowth and cumulativeChange actuals', () => {
    const bundle = importSeed('jdz-13c');
    const achieved = (order: number) =>
      bundle.actualValues
        .filter((value) => value.indicatorId === `seed-jdz-13c/${String(order).padStart(3, '0')}`)
        .filter((value) => value.measure !== 'value')
        .map((value) => [value.measure, value.value, value.year, value.status, value.note]);
    expect(achieved(1)).toEqual([['averageGrowth', 7.4, 2020, '年报数', '']]);
    expect(achieved(6)).toEqual([['averageGrowth', 8, 2020, '年报数', '原文「8 左右」']]);
    expect(achieved(8)).toEqual([['cumulativeChange', 27.4, 2020, '年报数', '']]);
    expect(achieved(13)).toEqual([
      ['averageGrowth', 7.6, 2020, '年报数', '原文「[7.6]」按年均增长读取'],
    ]);
    expect(achieved(22)).toEqual([['cumulativeChange', -48, 2020, '年报数', '']]);
    // 000 line 532: PM2.5 `44.4` beside a planned `22.2` cut is the achieved cut in %.
    expect(achieved(29)).toEqual([['cumulativeChange', 44.4, 2020, '年报数', '']]);
    // 稳定 stays text.
    expect(achieved(26)).toEqual([]);
    expect(bundle.indicators[12]?.warnings.map((warning) => warning.column)).toEqual([
      '年均/累计增长',
      '实际累计或年均增长',
    ]);
    expect(bundle.actualValues).toHaveLength(56);
  });

  // 002 lines 317–345: an unsigned `[33]` on 万元GDP用水 is a fall like its planned `[30]`;
  // `下降 [9.76]` is a cut of 9.76 %; 「截至2019年上升16.3%」 stays text.
  it('reads achieved changes of 002 with the sign of the planned change', () => {
    const bundle = importSeed('fz-13c');
    const byName = (name: string) => {
      const id = bundle.indicators.find((indicator) => indicator.name === name)?.id;
      return bundle.actualValues
        .filter((value) => value.indicatorId === id && value.measure !== 'value')
        .map((value) => [value.measure, value.value]);
    };
    expect(byName('万元GDP用水量')).toEqual([['cumulativeChange', -33]]);
    expect(byName('单位GDP能耗降低')).toEqual([['cumulativeChange', 14.09]]);
    expect(byName('主要污染物排放量减少/COD')).toEqual([['cumulativeChange', 9.76]]);
    // 「截至2019年上升16.3%」 states one value: a rise, so a negative reduction (issue 12, item 8).
    expect(byName('单位GDP二氧化碳排放降低')).toEqual([['cumulativeChange', -16.3]]);
    expect(byName('城镇棚户区住房改造')).toEqual([['cumulativeChange', 64334]]);
  });

  it('uses 预计数 for 预期值 columns and has no verdicts for 001', () => {
    const bundle = importSeed('cj-13c');
    const levels = bundle.actualValues.filter((value) => value.measure === 'value');
    expect(levels.map((value) => [value.value, value.status])).toEqual([
      [236.8, '预计数'],
      [57.7, '预计数'],
      [110.9, '预计数'],
      [18.2, '预计数'],
    ]);
    // 001 lines 350–777: the growth column's 预期值 (`2.37%`, `[5]`) keeps the same status.
    const growth = bundle.actualValues.filter((value) => value.measure !== 'value');
    expect(growth).toHaveLength(17);
    expect(growth.every((value) => value.status === '预计数')).toBe(true);
    expect(growth[0]).toMatchObject({ measure: 'averageGrowth', value: 2.37 });
    expect(bundle.officialAssessments.every((item) => item.verdictRaw === '')).toBe(true);
  });

  // Line 173 of the excerpt is source-doc 001 line 997.
  it('warns about every cell 001 left out instead of guessing silently', () => {
    const income = importSeed('cj-14').indicators[21];
    expect(
      income?.warnings.map((warning) => [warning.column, warning.cellText, warning.line]),
    ).toEqual([
      ['2020年基期值', '67500', 173],
      ['年均/累计增长', '8.5左右', 173],
    ]);
  });
});
