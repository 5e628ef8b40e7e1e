package dev.symposia.generators;

import dev.symposia.text.LocalizedText;
import java.util.List;

/**
 * Realistic words for generated models: cities, fields, names and titles in English and Chinese, in the
 * style of the reference events.
 */
final class Words {
  private Words() {}

  /** A text in English with its Chinese form. */
  record Bilingual(String en, String zh) {
    LocalizedText english() {
      return LocalizedText.of(en);
    }

    LocalizedText chinese() {
      return LocalizedText.of("zh-Hans", zh);
    }

    /** Returns the text in English, in Chinese, or in both with either first. */
    LocalizedText in(Draw draw) {
      switch (draw.between(0, 3)) {
        case 0:
          return english();
        case 1:
          return chinese();
        case 2:
          return english().with("zh-Hans", zh);
        default:
          return chinese().with("en", en);
      }
    }
  }

  /** A city with its country and, where there is one, its region. */
  record City(String en, String zh, String country, String region) {
    Bilingual name() {
      return new Bilingual(en, zh);
    }
  }

  static final List<City> CITIES = List.of(
      new City("Shanghai", "上海", "CN", null),
      new City("Chongqing", "重庆", "CN", null),
      new City("Beijing", "北京", "CN", null),
      new City("Guangzhou", "广州", "CN", "Guangdong"),
      new City("Chengdu", "成都", "CN", "Sichuan"),
      new City("Wuhan", "武汉", "CN", "Hubei"),
      new City("Xiamen", "厦门", "CN", "Fujian"),
      new City("Hong Kong", "香港", "HK", null),
      new City("Singapore", "新加坡", "SG", null),
      new City("London", "伦敦", "GB", "England"),
      new City("Manchester", "曼彻斯特", "GB", "England"),
      new City("Stockholm", "斯德哥尔摩", "SE", null),
      new City("Strasbourg", "斯特拉斯堡", "FR", "Grand Est"),
      new City("Boston", "波士顿", "US", "Massachusetts"),
      new City("Bethesda", "贝塞斯达", "US", "Maryland"),
      new City("Philadelphia", "费城", "US", "Pennsylvania"),
      new City("Tokyo", "东京", "JP", null),
      new City("Sydney", "悉尼", "AU", "New South Wales"),
      new City("Melbourne", "墨尔本", "AU", "Victoria"));

  static final List<Bilingual> FIELDS = List.of(
      new Bilingual("Medicine", "医学"),
      new Bilingual("Public Health", "公共卫生"),
      new Bilingual("Oncology", "肿瘤学"),
      new Bilingual("Pharmacy", "药学"),
      new Bilingual("Nursing", "护理学"),
      new Bilingual("Biomedical Engineering", "生物医学工程"),
      new Bilingual("Stomatology", "口腔医学"),
      new Bilingual("Basic Medical Sciences", "基础医学"),
      new Bilingual("Cardiology", "心血管病学"),
      new Bilingual("Immunology", "免疫学"),
      new Bilingual("Clinical Research", "临床研究"),
      new Bilingual("Translational Medicine", "转化医学"));

  static final List<Bilingual> TOPICS = List.of(
      new Bilingual("tumour immunology", "肿瘤免疫"),
      new Bilingual("medical education", "医学教育"),
      new Bilingual("global health education", "全球健康教育"),
      new Bilingual("artificial intelligence in medicine", "医学人工智能"),
      new Bilingual("metabolomics", "代谢组学"),
      new Bilingual("disaster medicine", "灾难医学"),
      new Bilingual("COVID-19", "新冠肺炎"),
      new Bilingual("precision oncology", "精准肿瘤学"),
      new Bilingual("clinical trials", "临床试验"),
      new Bilingual("regenerative medicine", "再生医学"),
      new Bilingual("lung cancer", "肺癌"),
      new Bilingual("bio-optoelectronics", "生物光电子学"),
      new Bilingual("infectious diseases", "传染病"),
      new Bilingual("rare diseases", "罕见病"));

  static final List<Bilingual> POSITION_TITLES = List.of(
      new Bilingual("President", "校长"),
      new Bilingual("Vice President", "副校长"),
      new Bilingual("Dean", "院长"),
      new Bilingual("Assistant Dean", "助理院长"),
      new Bilingual("Director", "主任"),
      new Bilingual("Deputy Director", "副主任"),
      new Bilingual("Professor", "教授"),
      new Bilingual("Chief Physician", "主任医师"),
      new Bilingual("Deputy Secretary", "副书记"),
      new Bilingual("Secretary of the Party Committee", "党委书记"),
      new Bilingual("Chair", "主任委员"),
      new Bilingual("Principal Investigator", "首席研究员"));

  /** Chinese family names in pinyin and in characters. */
  static final List<Bilingual> CHINESE_FAMILY_NAMES = List.of(
      new Bilingual("Wang", "王"), new Bilingual("Li", "李"), new Bilingual("Zhang", "张"),
      new Bilingual("Liu", "刘"), new Bilingual("Chen", "陈"), new Bilingual("Yang", "杨"),
      new Bilingual("Huang", "黄"), new Bilingual("Zhao", "赵"), new Bilingual("Wu", "吴"),
      new Bilingual("Zhou", "周"), new Bilingual("Xu", "徐"), new Bilingual("Sun", "孙"),
      new Bilingual("Ma", "马"), new Bilingual("Zhu", "朱"), new Bilingual("Hu", "胡"),
      new Bilingual("Guo", "郭"), new Bilingual("He", "何"), new Bilingual("Lin", "林"),
      new Bilingual("Fan", "樊"), new Bilingual("Ouyang", "欧阳"));

  /** Chinese given names in pinyin and in characters. */
  static final List<Bilingual> CHINESE_GIVEN_NAMES = List.of(
      new Bilingual("Chen", "辰"), new Bilingual("Huabing", "华兵"), new Bilingual("Enmei", "恩梅"),
      new Bilingual("Zhixiong", "志雄"), new Bilingual("Xianzhou", "宪洲"), new Bilingual("Yilong", "一龙"),
      new Bilingual("Jia", "嘉"), new Bilingual("Jinming", "金明"), new Bilingual("Shengli", "胜利"),
      new Bilingual("Wei", "伟"), new Bilingual("Fang", "芳"), new Bilingual("Min", "敏"),
      new Bilingual("Jing", "静"), new Bilingual("Lei", "磊"), new Bilingual("Yan", "燕"),
      new Bilingual("Xiaoming", "晓明"), new Bilingual("Jianguo", "建国"), new Bilingual("Na", "娜"));

  static final List<String> WESTERN_GIVEN_NAMES = List.of(
      "John", "John I.", "Peter J.", "Maria", "Anna", "Adel K.", "Sarah", "Michael", "Ingrid", "Pierre",
      "José", "Søren", "Chloé", "David", "Elena", "Thomas", "Priya", "Ahmed", "Nicola", "Hans-Peter");

  static final List<String> WESTERN_FAMILY_NAMES = List.of(
      "Gallin", "Barnes", "El-Naggar", "Müller", "Svensson", "Dubois", "García", "Smith", "O'Brien", "Rossi",
      "Kowalski", "Novák", "Andersson", "Schmidt", "Patel", "Okafor", "van den Berg", "de la Cruz", "Fischer");

  /** Japanese, Korean and Vietnamese names, written family name first. */
  static final List<String> EAST_ASIAN_FAMILY_NAMES = List.of(
      "Tanaka", "Sato", "Suzuki", "Kim", "Park", "Lee", "Nguyen", "Tran");

  static final List<String> EAST_ASIAN_GIVEN_NAMES = List.of(
      "Hiroshi", "Yuki", "Kenji", "Min-jun", "Ji-woo", "Seo-yeon", "Van An", "Thi Mai");

  static final List<String> SINGLE_NAMES = List.of(
      "Priyanka", "Sukarno", "Aung", "Okonkwo", "Indrawati", "Mahathir", "Bolat", "Tenzin");

  static final List<Bilingual> EVENT_NAMES = List.of(
      new Bilingual("International Symposium on Clinical and Translational Medicine", "国际临床与转化医学研讨会"),
      new Bilingual("Annual Meeting of the Chinese Society of Clinical Oncology", "中国临床肿瘤学会年会"),
      new Bilingual("International Biomedical Symposium", "国际生物医学研讨会"),
      new Bilingual("Forum on Medical Education", "医学教育论坛"),
      new Bilingual("International Conference on Precision Medicine", "精准医学国际会议"),
      new Bilingual("Summit on Public Health and Global Health", "公共卫生与全球健康峰会"),
      new Bilingual("Symposium on Regenerative Medicine", "再生医学研讨会"),
      new Bilingual("Conference on Integration of Industry, Education and Research", "产教研融合大会"));

  static final List<Bilingual> AWARD_NAMES = List.of(
      new Bilingual("Clinical Oncology Annual Achievement Award", "临床肿瘤学年度成就奖"),
      new Bilingual("Outstanding Young Investigator Award", "杰出青年研究者奖"),
      new Bilingual("Lifetime Achievement Award", "终身成就奖"),
      new Bilingual("Best Abstract Award", "优秀摘要奖"),
      new Bilingual("Excellent Paper Award", "优秀论文奖"),
      new Bilingual("Innovation Award", "创新奖"));

  static final List<Bilingual> CONTRIBUTIONS = List.of(
      new Bilingual("welcome speech", "致欢迎辞"),
      new Bilingual("opening address", "开幕致辞"),
      new Bilingual("closing remarks", "闭幕致辞"),
      new Bilingual("keynote report", "主旨报告"),
      new Bilingual("presented the award", "颁奖"),
      new Bilingual("introduced the projects", "项目介绍"));

  static final List<Bilingual> GROUP_DESCRIPTIONS = List.of(
      new Bilingual("experts", "专家"),
      new Bilingual("representatives of overseas high-level talent", "海外高层次人才代表"),
      new Bilingual("heads of the relevant functional departments", "相关职能部门负责人"),
      new Bilingual("young scholars", "青年学者"),
      new Bilingual("students", "学生"),
      new Bilingual("local government departments", "地方政府部门"),
      new Bilingual("pharmaceutical companies", "医药企业"));

  static final List<Bilingual> PLAN_DESCRIPTIONS = List.of(
      new Bilingual("postponed because of the COVID-19 pandemic", "因新冠肺炎疫情延期"),
      new Bilingual("moved online because of travel restrictions", "因出行限制改为线上举办"),
      new Bilingual("originally planned as a two-day meeting", "原定会期两天"),
      new Bilingual("moved to a larger venue", "改至更大的场馆举行"),
      new Bilingual("rescheduled at the request of the host", "应主办方要求调整日期"));

  static final List<Bilingual> ROOMS = List.of(
      new Bilingual("Academic Conference Hall", "学术报告厅"),
      new Bilingual("Lecture Theatre", "讲堂"),
      new Bilingual("Meeting Room", "会议室"),
      new Bilingual("Ballroom", "宴会厅"),
      new Bilingual("Hall", "厅"));

  static final List<Bilingual> BUILDINGS = List.of(
      new Bilingual("Innovation Centre-Chongyi", "崇义创新中心"),
      new Bilingual("Library", "图书馆"),
      new Bilingual("Administration Building", "行政楼"),
      new Bilingual("Convention Centre", "会议中心"));

  static final List<Bilingual> VENUES = List.of(
      new Bilingual("International Convention and Exhibition Centre", "国际会议展览中心"),
      new Bilingual("Main Campus", "主校区"),
      new Bilingual("Grand Hotel", "大酒店"),
      new Bilingual("Science Park", "科学园"));

  static final List<Bilingual> DISTRICTS = List.of(
      new Bilingual("Fengxian District", "奉贤区"),
      new Bilingual("Pudong New Area", "浦东新区"),
      new Bilingual("Yuzhong District", "渝中区"),
      new Bilingual("Haidian District", "海淀区"));

  static final List<Bilingual> PUBLISHERS = List.of(
      new Bilingual("Chinese Academy of Engineering", "中国工程院"),
      new Bilingual("CQMU News", "重医新闻网"),
      new Bilingual("Xinhua", "新华社"),
      new Bilingual("ShanghaiTech University", "上海科技大学"),
      new Bilingual("Chinese Society of Clinical Oncology", "中国临床肿瘤学会"),
      new Bilingual("NUS Medicine", "新加坡国立大学医学院"));

  static final List<String> WEB_HOSTS = List.of(
      "www.cae.cn", "news.cqmu.edu.cn", "www.shanghaitech.edu.cn", "english.news.cn", "www.csco.org.cn",
      "medicine.nus.edu.sg", "www.example.org");

  static final List<String> TIME_ZONES = List.of(
      "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Singapore", "Asia/Tokyo", "Europe/London", "Europe/Stockholm",
      "Europe/Paris", "America/New_York", "Australia/Sydney", "UTC", "Asia/Kolkata");

  /** Returns the initials of the capitalised words of a name, such as {@code CMU}; may be empty. */
  static String initials(String name) {
    StringBuilder initials = new StringBuilder();
    for (String word : name.split("[ -]+")) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        initials.append(word.charAt(0));
      }
    }
    return initials.toString();
  }
}
