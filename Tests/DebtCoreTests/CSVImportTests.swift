import Testing

@testable import DebtCore

@Suite("CSV import")
struct CSVImportTests {
  func rows(_ text: String) throws -> [CSVReader.Row] { try CSVReader.rows(text) }

  @Test("the reader: quotes, doubled quotes, line breaks in a field, CRLF, BOM, blank lines")
  func reader() throws {
    let r = try rows("\u{FEFF}a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\r\nlast,,\n")
    #expect(r.map(\.fields) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["last", "", ""]])
    #expect(r.map(\.line) == [1, 2, 5])
    #expect(throws: CSVReader.FormatError.self) { try CSVReader.rows("a,\"open\nb") }
    #expect(throws: CSVReader.FormatError.self) { try CSVReader.rows("\"a\"b,c") }
  }

  @Test("debts with Chinese headers, amounts and dates as people write them")
  func chineseDebts() throws {
    let csv = """
      名称,平台,类型,本金,日利率,还款方式,期数,借款日,还款日,宽限期,备注
      借呗 应急,重庆蚂蚁消费金融,借呗,"¥20,000.00",0.05%,等额本息,12期,2026年8月9日,9号,0,应急
      招行信用卡,招商银行,信用卡,8600,0.05,最低还款,,2026/11/5,5,3,
      """
    let result = CSVImport.read(try rows(csv), kind: .debts, into: Portfolio(), currency: .cny)
    #expect(result.problems.isEmpty, "\(result.problems)")
    #expect(result.debts.count == 2)
    let jiebei = result.debts[0]
    #expect(jiebei.id == "d1" && jiebei.name == "借呗 应急" && jiebei.kind == .jiebei)
    #expect(jiebei.principal == 2_000_000 && jiebei.rate.basis == .daily && jiebei.rate.percentText == "0.05")
    #expect(jiebei.method == .equalInstallment && jiebei.termMonths == 12 && jiebei.dueDay == 9)
    #expect(jiebei.startDate == day("2026-08-09") && jiebei.notes == "应急")
    let card = result.debts[1]
    #expect(card.kind == .creditCard && card.method == .revolving && card.graceDays == 3)
  }

  @Test("a day-count column: actual or monthly, in English or Chinese; anything else named with its row")
  func dayCountColumn() throws {
    let csv = """
      名称,类型,本金,日利率,期数,借款日,计息规则
      甲,借呗,10000,0.05,12,2026-08-09,按月
      乙,借呗,10000,0.05,12,2026-08-09,actual
      丙,借呗,10000,0.05,12,2026-08-09,
      丁,借呗,10000,0.05,12,2026-08-09,weekly
      """
    let result = CSVImport.read(try rows(csv), kind: .debts, into: Portfolio(), currency: .cny)
    #expect(result.debts.map(\.dayCount) == [.monthly, .actual, .actual])
    #expect(result.problems.count == 1)
    #expect(result.problems.first?.line == 5)
    #expect(result.problems.first?.message.en.contains("weekly") == true)
  }

  @Test("English headers, an APR column, and the export's own CSV read back")
  func englishAndRoundTrip() throws {
    let csv =
      "name,lender,kind,principal,APR,method,term,start,dueDay\nCar,Bank,bank-loan,50000,4.35,equal-principal,36,2026-01-15,15\n"
    let result = CSVImport.read(try rows(csv), kind: .debts, into: Portfolio(), currency: .cny)
    #expect(result.problems.isEmpty && result.debts.first?.rate.basis == .apr)
    #expect(result.debts.first?.method == .equalPrincipal)
  }

  @Test("every problem with its line and column; nothing taken from a bad row")
  func problems() throws {
    let csv = """
      名称,本金,借款日,类型
      好的,1000,2026-01-01,借呗
      坏的,-5,2026-02-30,火星贷
      ,100,2026-01-01,借呗
      """
    let result = CSVImport.read(try rows(csv), kind: .debts, into: Portfolio(), currency: .cny)
    #expect(result.debts.map(\.name) == ["好的"])
    #expect(result.badRows == 2)
    #expect(result.problems.contains { $0.line == 3 && $0.column == "本金" })
    #expect(result.problems.contains { $0.line == 3 && $0.column == "借款日" })
    #expect(result.problems.contains { $0.line == 3 && $0.column == "类型" })
    #expect(result.problems.contains { $0.line == 4 && $0.column == "名称" })
    let noHeader = CSVImport.read(try rows("foo,bar\n1,2\n"), kind: .debts, into: Portfolio(), currency: .cny)
    #expect(noHeader.problems.first?.message.en.contains("no column") == true)
    #expect(noHeader.problems.first?.message.zh.contains("表头缺少") == true)
  }

  @Test("payments: by debt name or id; duplicates by content, in the file and against the data")
  func payments() throws {
    var p = Portfolio()
    p.add(makeDebt())
    p.record(Payment(id: "", debt: "d1", date: day("2026-02-15"), amount: 88_849))
    let csv = """
      债务,日期,金额,备注
      test,2026/2/15,888.49,
      d1,2026年3月15日,"¥888.49",按时
      test,2026年3月15日,"¥888.49",按时
      nobody,2026-03-15,1,
      """
    let result = CSVImport.read(try rows(csv), kind: .payments, into: p, currency: .cny)
    #expect(result.payments.map(\.amount) == [88_849])
    #expect(result.payments.first?.note == "按时" && result.payments.first?.id == "p2")
    #expect(result.duplicates == [2, 4])
    #expect(result.problems.map(\.line) == [5])
  }

  @Test("a payment dated after today is refused, as `pay` refuses it; today itself is fine")
  func futurePayment() throws {
    var p = Portfolio()
    p.add(makeDebt())
    let csv = "debt,date,amount\nd1,2026-03-15,10\nd1,2026-03-16,10\n"
    let result = CSVImport.read(
      try rows(csv), kind: .payments, into: p, currency: .cny, today: day("2026-03-15"))
    #expect(result.payments.map(\.date) == [day("2026-03-15")])
    #expect(result.problems.map(\.line) == [3])
    #expect(result.problems.first?.message.en.contains("after today") == true)
  }

  @Test("DebtDeck's own payments export: the debt column wins over the id column, whatever the order")
  func ownPaymentsHeader() throws {
    var p = Portfolio()
    p.add(makeDebt())
    for csv in [
      "id,debt,debt_name,date,amount,note\np9,d1,test,2026-03-15,10.00,x\n",
      "debt,id,date,amount\nd1,p9,2026-03-15,10.00\n",
    ] {
      let result = CSVImport.read(try rows(csv), kind: .payments, into: p, currency: .cny)
      #expect(result.problems.isEmpty, "\(result.problems)")
      #expect(result.payments.map(\.debt) == ["d1"])
    }
  }

  @Test("the method and kind ids the CLI uses are accepted", arguments: RepaymentMethod.allCases)
  func methodIDs(_ method: RepaymentMethod) {
    #expect(RepaymentMethod(label: method.rawValue) == method)
  }

  @Test("kind ids", arguments: ProductKind.allCases)
  func kindIDs(_ kind: ProductKind) {
    #expect(ProductKind(label: kind.rawValue) == kind)
  }

  @Test(
    "a cell guarded against formulas reads back exactly, even one that looked guarded already",
    arguments: ["=SUM(A1)", "'=x", "''=x", "-5", "'hello", "plain", "＝全角"])
  func guardRoundTrip(_ text: String) throws {
    let cell = CSVWriter.cell(text)
    #expect(!cell.hasPrefix("=") && !cell.hasPrefix("-"))
    let parsed = try rows("name\n" + cell + "\n")
    #expect(parsed.last?.fields.first?.trimmedCell == text)
  }
}
