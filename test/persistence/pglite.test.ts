import { persistenceSuite } from './persistence-suite'

persistenceSuite('pglite')
