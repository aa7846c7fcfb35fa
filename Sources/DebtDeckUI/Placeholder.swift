public enum DebtDeckUIPlaceholder {}
