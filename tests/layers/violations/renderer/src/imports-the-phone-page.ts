// The facilitator's renderer and the phone page never import each other.
import { PhoneApp } from '../phone/PhoneApp' // ✗ import-x/no-restricted-paths

export { PhoneApp }
