import DebtCore

extension StoreError {
  /// The message in every language: which file, what went wrong, and that nothing was changed.
  public var text: LocalizedText {
    LocalizedText(en: englishText, zh: chinese)
  }

  private var chinese: String {
    switch self {
    case .unreadable(let file, let line, let column, let reason, let backup):
      var where_ = file
      if let line { where_ += ":\(line)" }
      if let column { where_ += ":\(column)" }
      return "\(where_)：无法读取数据：\(reason.zh)。文件未被改动。" + StoreError.backupHintZh(backup)
    case .invalid(let file, let problems, let backup):
      let list = problems.prefix(5).map { "  \($0.path)：\($0.text.zh)" }.joined(separator: "\n")
      let more = problems.count > 5 ? "\n  …… 另有 \(problems.count - 5) 处" : ""
      return "\(file)：数据前后矛盾；文件未被改动：\n\(list)\(more)" + StoreError.backupHintZh(backup)
    case .newerVersion(let file, let found, let supported):
      return "\(file)：由更新版本的 DebtDeck 写入（格式版本 \(found)；本版本最多支持 \(supported)）。"
        + "请更新 DebtDeck；文件未被改动。"
    case .io(let file, let operation, let errno):
      return "\(file)：\(StoreError.operationZh(operation))失败：\(SystemError.text(errno).zh)。没有做任何改动。"
    case .unconfirmed(let file, let operation, let errno):
      return "\(file)：已保存，但磁盘未能确认（\(StoreError.operationZh(operation))失败："
        + "\(SystemError.text(errno).zh)）。改动已写入文件，请不要重复操作。可用 `debtdeck doctor` 检查。"
    case .notRegularFile(let file, let kind):
      return "\(file)：是\(StoreError.kindZh(kind))，不是普通文件；DebtDeck 只读取普通文件。没有做任何改动。"
    case .wontReplace(let file, let kind):
      return "\(file)：是\(StoreError.kindZh(kind))；DebtDeck 只保存到普通文件上（保存会替换掉"
        + "\(kind == "a symbolic link" ? "链接" : "文件")本身）。请指向真正的文件，或将其删除。没有做任何改动。"
    case .tooLarge(let file, let bytes, let limit):
      return "\(file)：有 \(bytes) 字节，超过 DebtDeck 可读取的 \(limit / (1 << 20)) MiB。没有做任何改动。"
    case .locked(let file):
      return "\(file)：另一个 DebtDeck 进程正在保存；请稍后再试。"
    case .rejected(let problems):
      return "未保存：" + problems.map { "\($0.path)：\($0.text.zh)" }.joined(separator: "；")
    }
  }

  private static func backupHintZh(_ backup: String?) -> String {
    guard let backup else { return "" }
    return "\n最新的完好备份是 \(backup)；`debtdeck doctor --restore \(backup)` 可以恢复它。"
  }

  /// The operations named in `.io` and `.unconfirmed`, in Chinese.
  static func operationZh(_ operation: String) -> String {
    switch operation {
    case "create directory": return "创建目录"
    case "create temp file": return "创建临时文件"
    case "encode": return "编码"
    case "follow the symbolic link": return "跟随符号链接"
    case "fsync directory": return "同步目录到磁盘"
    case "fsync": return "同步到磁盘"
    case "keep a backup": return "保留备份"
    case "lock": return "加锁"
    case "open": return "打开"
    case "open directory": return "打开目录"
    case "open lock": return "打开锁文件"
    case "read": return "读取"
    case "rename": return "重命名"
    case "stat": return "查看文件信息"
    case "write": return "写入"
    case "close": return "关闭"
    default: return "操作（\(operation)）"
    }
  }

  /// The kinds of file named in `.notRegularFile` and `.wontReplace`, in Chinese.
  static func kindZh(_ kind: String) -> String {
    switch kind {
    case "a directory": return "目录"
    case "a FIFO (named pipe)": return "FIFO（命名管道）"
    case "a device": return "设备"
    case "a socket": return "套接字"
    case "a symbolic link": return "符号链接"
    case "not a directory": return "非目录"
    default: return "非普通文件"
    }
  }
}
