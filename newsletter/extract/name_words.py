"""The letters and words names are written in, shared by the cast and the nickname readers."""

# Letters of names in the Latin scripts articles print (Inès, Łukasz, Søren), by case.
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĽŁŃŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸƠƯĨŨ"
LOWER = "a-zß-öø-ÿāăąćčďđēėęěğīįıķĺľłńňōőœŕřśşšţťūůűųźżžạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹơưĩũ"  # Vietnamese's too: Nguyễn Thị Ngọc Lan
# One word of a name, with capitals inside (McBride, DeShawn, O’Neil) and hyphenated parts (Marc-André): at least one
# lower-case letter (an acronym is not a name), and it ends where the letters end, so `McBride` is never `Mc`.
AFTER_CAPITAL = (rf"[{LOWER}]*(?:[’'\-]?[{UPPER}][{LOWER}]+|[’'\-][{LOWER}]+)*"
                 rf"(?:(?<=s)[’'])?(?![\w’'\-])")  # "Voss’ car": a possessive apostrophe alone, after an s
NAME_WORD = rf"(?=[{UPPER}][{UPPER}’'\-]*[{LOWER}])[{UPPER}]{AFTER_CAPITAL}"
