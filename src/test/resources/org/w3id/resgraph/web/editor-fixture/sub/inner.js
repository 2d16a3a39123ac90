// not to be reached: no sub-folders
