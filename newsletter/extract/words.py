"""Common English words: what is not a name, and what is not vivid."""

COMMON_WORDS = frozenset("""the a an and or but of to in on at for with from by as is was are were be been being it its
this that these those i you he she we they me him her us them my your his our their what which who whom whose when
where why how not no yes so if then than just very really also too all any some more most much many one two do does
did done have has had having get got go going gone come came know think thought say said like would could should
will can may might must there here out up down about into over after before again time thing things way lot kind
sort people well good great little big first last new old day year years make made see saw look want wanted need
back still even because now ever never always something anything everything nothing someone everyone exclusive
interview interviews talks talk says star stars returns return season episode show series""".split())
