// 解忧小屋 guides: what settles each kind of dispute, what to bring, what to try first, where it
// does not belong and the rule behind it — in plain words, before anyone files.
import { DISPUTE_TYPE_LABELS, DISPUTE_TYPES, type DisputeGuide, type DisputeType, type Referral } from '../../../src/contract'

type Body = Omit<DisputeGuide, 'type' | 'label'>

const BODIES: Record<DisputeType, Body> = {
  leak: {
    settles: '请物业或维修师傅查明漏水点，由漏水一方修好并赔偿实际损失，多数当面说清就能解决。',
    prepare: ['漏水处的照片或视频', '维修、清理的票据', '物业的查看记录（如有）', '对方的门牌号'],
    selfHelp: '先敲门告知楼上，请物业一起上门查看，关掉相关阀门，避免损失扩大。',
    elsewhere: '涉及房屋主体结构、公共管道的，请找物业或住房维修资金管理部门。',
    rule: '《民法典》第二百八十八条：不动产的相邻权利人应当按照有利生产、方便生活、团结互助、公平合理的原则，正确处理相邻关系。',
  },
  noise: {
    settles: '约定安静时段、加装隔音或减震措施，双方各退一步。',
    prepare: ['噪音发生的时间记录', '录音或视频', '受影响的情况说明（如家中有老人、病人、考生）'],
    selfHelp: '先找个平和的时间当面或留纸条沟通，说明什么时候、什么声音影响到您。',
    elsewhere: '夜间持续严重噪音扰民的，可以拨打 110 报警；施工噪音可以向城管部门反映。',
    rule: '《噪声污染防治法》规定，使用家用电器、乐器或者进行其他家庭场所活动，应当控制音量或者采取其他有效措施，防止噪声污染。',
  },
  parking: {
    settles: '按物业的车位安排和小区停车规则，明确各自车位和通行位置。',
    prepare: ['占位或堵车的照片', '车位租赁或产权凭证', '物业的停车规定'],
    selfHelp: '先通过车上留的电话或物业联系车主挪车，说明需要的时间。',
    elsewhere: '堵塞消防通道的，请拨打 119 或向物业、消防部门反映；车辆被损坏的，请报警。',
    rule: '《民法典》第二百七十五条：占用业主共有的道路或者其他场地用于停放汽车的车位，属于业主共有。',
  },
  property: {
    settles: '对照物业服务合同，明确物业该做的事和业主该交的费用，约定整改时间。',
    prepare: ['物业服务合同', '缴费凭证', '问题的照片和报修记录'],
    selfHelp: '先向物业服务中心书面报修或投诉，留下记录和答复期限。',
    elsewhere: '物业企业违规收费的，可以向住建部门或市场监管部门反映。',
    rule: '《民法典》第九百四十二条：物业服务人应当按照约定和物业的使用性质，妥善维修、养护、清洁、绿化和经营管理物业服务区域内的业主共有部分。',
  },
  family: {
    settles: '在亲友和调解员的见证下，把赡养、抚养、遗产分配等安排写清楚。',
    prepare: ['户口簿、亲属关系证明', '房产证、存款等财产材料', '遗嘱或以前的约定（如有）'],
    selfHelp: '先在家庭成员之间坐下来谈一谈，请一位大家都信任的长辈在场。',
    elsewhere: '遭受家庭暴力的，请立即拨打 110 报警，也可以向法院申请人身安全保护令；离婚须到婚姻登记机关或法院办理。',
    rule: '《民法典》第一千零六十七条：成年子女不履行赡养义务的，缺乏劳动能力或者生活困难的父母，有要求成年子女给付赡养费的权利。',
  },
  wages: {
    settles: '核对干活的天数和约定的工钱，约定分期或一次付清的时间。',
    prepare: ['用工约定或聊天记录', '考勤、工作照片', '已付款的转账记录', '对方的姓名和联系方式'],
    selfHelp: '先找包工头或雇主对账，把欠多少、什么时候给说清楚并留下记录。',
    elsewhere: '有劳动关系的工资、社保争议，请向劳动人事争议仲裁委员会申请劳动仲裁；欠薪可以拨打 12333 投诉。',
    rule: '《保障农民工工资支付条例》规定，用人单位应当按照与农民工书面约定或者依法制定的规章制度规定的工资支付周期和具体支付日期足额支付工资。',
  },
  consumer: {
    settles: '对照购买凭证，商家退货、换货、维修或赔偿。',
    prepare: ['发票、小票或付款记录', '商品或服务的照片', '与商家的沟通记录'],
    selfHelp: '先带上凭证找商家协商，说清您要退、换还是修。',
    elsewhere: '商家拒不处理的，可以拨打 12315 投诉；涉及诈骗的，请报警。',
    rule: '《消费者权益保护法》第二十四条：经营者提供的商品或者服务不符合质量要求的，消费者可以依照国家规定、当事人约定退货，或者要求经营者履行更换、修理等义务。',
  },
  other: {
    settles: '把事情说清楚，找到双方都能接受的办法，必要时写成调解协议。',
    prepare: ['事情经过的简要记录', '照片、聊天记录等证据', '对方的联系方式'],
    selfHelp: '先心平气和地与对方沟通一次，说明您的想法和希望。',
    elsewhere: '涉及打架伤人、盗窃、诈骗等违法犯罪的，请立即拨打 110 报警，不属于人民调解。',
    rule: '《人民调解法》第三条：人民调解应当在当事人自愿、平等的基础上进行，不违背法律、法规和国家政策。',
  },
}

export const DISPUTE_GUIDES: readonly DisputeGuide[] = DISPUTE_TYPES.map((type) => ({ type, label: DISPUTE_TYPE_LABELS[type], ...BODIES[type] }))

/** Where a case of this type goes when mediation does not settle it (the other party declined, no agreement). */
export const REFERRAL_OF: Record<DisputeType, Referral> = {
  leak: 'court',
  noise: 'hotline',
  parking: 'hotline',
  property: 'hotline',
  family: 'legal_aid',
  wages: 'labour',
  consumer: 'hotline',
  other: 'legal_aid',
}
